package org.pavilion.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.pavilion.support.Fixtures.aCompany;
import static org.pavilion.support.Fixtures.as;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pavilion.support.OutageProfile;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * PostgreSQL stops while the service runs: readiness says DOWN, requests fail fast with a 503
 * problem instead of hanging, the service recovers by itself when the database returns, and a
 * client retrying with the same Idempotency-Key ends with its write present exactly once.
 */
@QuarkusTest
@TestProfile(OutageProfile.class)
class DatabaseOutageTest {

    @Test
    void anOutageIsA503ThatHealsAndRetriedWritesLandExactlyOnce() throws Exception {
        as(Tokens.officer()).get("/api/v1/companies").then().statusCode(200);
        Map<String, Object> company = aCompany();
        String key = UUID.randomUUID().toString();

        OutageProfile.stopDatabase();
        try {
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            long started = System.nanoTime();
            Response during = as(Tokens.officer()).header("Idempotency-Key", key).body(company).post("/api/v1/companies");
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(during.statusCode()).isEqualTo(503);
            assertThat(during.contentType()).startsWith("application/problem+json");
            assertThat(millis).as("fails fast, well within 5 s").isLessThan(5_000);
            as(Tokens.officer()).get("/api/v1/companies").then().statusCode(503);
        } finally {
            OutageProfile.startDatabase();
        }

        // The client keeps retrying with the same key until the service answers.
        Response created = null;
        for (int attempt = 0; attempt < 60 && created == null; attempt++) {
            Response retry = as(Tokens.officer()).header("Idempotency-Key", key).body(company).post("/api/v1/companies");
            if (retry.statusCode() == 201) {
                created = retry;
            } else {
                assertThat(retry.statusCode()).isEqualTo(503);
                Thread.sleep(500);
            }
        }
        assertThat(created).as("the service recovered by itself").isNotNull();
        as(Tokens.officer()).header("Idempotency-Key", key).body(company).post("/api/v1/companies").then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(created.path("id")));
        as(Tokens.officer()).queryParam("q", ((String) company.get("brn")).replace("-", "")).get("/api/v1/companies").then()
                .body("total", equalTo(1));
        given().get("/q/health/ready").then().statusCode(200);
    }
}

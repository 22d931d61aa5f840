package org.pavilion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Fixtures;
import org.pavilion.support.PackagedAppKeys;
import org.pavilion.support.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged jar, in the production profile, configured only from outside (database URL,
 * verification key and issuer): it serves the API, refuses anonymous calls and has no
 * {@code /dev/token}.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = PackagedAppKeys.class, restrictToAnnotatedClass = true)
class PackagedAppIT {

    @Test
    void theProductionBuildHasNoDevTokenEndpoint() {
        given().get("/dev/token?sub=attacker&roles=admin").then().statusCode(404);
    }

    @Test
    void theApiRefusesCallsWithoutAToken() {
        given().get("/api/v1/companies").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theApiServesCallersWithATokenSignedByTheConfiguredKey() {
        Fixtures.as(Tokens.officer()).body(Fixtures.aCompany()).post("/api/v1/companies").then().statusCode(201)
                .body("status", equalTo("VERIFIED"));
        Fixtures.as(Tokens.officer()).get("/api/v1/me").then().statusCode(200).body("subject", equalTo("officer-kim"));
    }

    @Test
    void readinessIsUpAgainstTheConfiguredDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}

package org.pavilion.shared;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.pavilion.support.Fixtures.aVerifiedCompany;
import static org.pavilion.support.Fixtures.as;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ETagTest {

    @Test
    void aChangeWithTheCurrentETagAppliesAndGivesANewOne() {
        String id = aVerifiedCompany();
        String etag = as(Tokens.officer()).get("/api/v1/companies/" + id).then().statusCode(200).extract().header("ETag");
        as(Tokens.officer()).header("If-Match", etag).body(Map.of("city", "Suwon")).patch("/api/v1/companies/" + id).then()
                .statusCode(200).header("ETag", not(equalTo(etag))).body("city", equalTo("Suwon"));
    }

    @Test
    void aChangeWithAStaleETagIsAPreconditionFailureAndChangesNothing() {
        String id = aVerifiedCompany();
        String stale = as(Tokens.officer()).get("/api/v1/companies/" + id).then().extract().header("ETag");
        as(Tokens.officer()).body(Map.of("city", "Suwon")).patch("/api/v1/companies/" + id).then().statusCode(200);
        as(Tokens.officer()).header("If-Match", stale).body(Map.of("city", "Icheon")).patch("/api/v1/companies/" + id).then()
                .statusCode(412).contentType("application/problem+json");
        as(Tokens.officer()).get("/api/v1/companies/" + id).then().body("city", equalTo("Suwon"));
    }

    @Test
    void withoutIfMatchTheChangeAppliesToTheCurrentVersion() {
        String id = aVerifiedCompany();
        as(Tokens.officer()).body(Map.of("city", "Suwon")).patch("/api/v1/companies/" + id).then().statusCode(200);
        as(Tokens.officer()).body(Map.of("city", "Yeoju")).patch("/api/v1/companies/" + id).then().statusCode(200)
                .body("city", equalTo("Yeoju"));
    }
}

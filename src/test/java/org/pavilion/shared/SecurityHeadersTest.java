package org.pavilion.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void apiResponsesCarrySecurityHeadersAndAreNotCached() {
        given().auth().oauth2(Tokens.officer()).get("/api/v1/me").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void errorsCarryThemToo() {
        given().get("/api/v1/me").then().statusCode(401).header("X-Content-Type-Options", equalTo("nosniff"));
    }
}

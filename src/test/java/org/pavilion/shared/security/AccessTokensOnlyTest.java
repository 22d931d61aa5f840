package org.pavilion.shared.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** Only access tokens minted for this API are bearer tokens: other audiences and ID tokens are 401 problems. */
@QuarkusTest
class AccessTokensOnlyTest {

    private static void refused(String token) {
        given().auth().oauth2(token).get("/api/v1/companies").then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refused(Tokens.forAudience("pavilion-app", "officer-aud", "officer"));
        refused(Tokens.forAudience("another-api", "officer-aud", "officer"));
    }

    @Test
    void aTokenWithoutAudienceIsRefused() {
        refused(Tokens.withoutAudience("officer-noaud", "officer"));
    }

    @Test
    void anOpenIdConnectIdTokenIsRefusedEvenForThisAudience() {
        refused(Tokens.ofType("ID", "officer-id", "officer"));
        refused(Tokens.ofType("Refresh", "officer-id", "officer"));
        refused(Tokens.ofType("Logout", "officer-id", "officer"));
    }

    @Test
    void anAccessTokenForThisAudienceIsAccepted() {
        given().auth().oauth2(Tokens.ofType("Bearer", "officer-at", "officer")).get("/api/v1/companies").then().statusCode(200);
        given().auth().oauth2(Tokens.officer()).get("/api/v1/companies").then().statusCode(200);
    }
}

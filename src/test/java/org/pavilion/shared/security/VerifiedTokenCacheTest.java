package org.pavilion.shared.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** A verified token is remembered, but never past its expiry, and nothing else rides on it. */
@QuarkusTest
class VerifiedTokenCacheTest {

    @Inject
    VerifiedTokenCache cache;

    @Test
    void aTokenIsRememberedOnlyUntilItExpiresThenVerifiedAgain() throws Exception {
        String token = Tokens.expiringIn(2, "officer-short", "officer");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        assertThat(cache.remembers(token)).isTrue();
        Thread.sleep(2_500);
        assertThat(cache.remembers(token)).as("past its exp, the token goes through full verification again").isFalse();
    }

    @Test
    void aTamperedCopyOfARememberedTokenIsRefused() {
        String token = Tokens.forUser("sme-cached", "sme");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        String[] parts = token.split("\\.");
        String otherSignature = parts[2].substring(0, parts[2].length() - 2) + (parts[2].endsWith("AA") ? "BB" : "AA");
        given().auth().oauth2(parts[0] + "." + parts[1] + "." + otherSignature).get("/api/v1/me").then().statusCode(401);
        String adminClaims = Tokens.forUser("sme-cached", "admin").split("\\.")[1];
        given().auth().oauth2(parts[0] + "." + adminClaims + "." + parts[2]).get("/api/v1/audit-events").then().statusCode(401);
    }
}

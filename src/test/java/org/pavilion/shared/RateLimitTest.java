package org.pavilion.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Fixtures;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** Reports, imports and uploads are limited per caller: the sixth in a minute, with a limit of five, is a 429 problem. */
@QuarkusTest
@TestProfile(RateLimitTest.FivePerMinute.class)
class RateLimitTest {

    public static class FivePerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pavilion.rate-limit.per-minute", "5");
        }
    }

    private static Response report(String token) {
        return given().auth().oauth2(token).get("/api/v1/reports/outcomes?groupBy=programme");
    }

    @Test
    void theSixthReportInAMinuteIsRefusedWithRetryAfter() {
        String finance = Tokens.forUser(Fixtures.uniqueSubject("finance"), "finance");
        for (int i = 0; i < 5; i++) {
            report(finance).then().statusCode(200);
        }
        Response refused = report(finance);
        refused.then().statusCode(429).contentType("application/problem+json").body("type", equalTo("https://pavilion.example/problems/rate-limited"))
                .body("status", equalTo(429));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
    }

    @Test
    void eachCallerHasItsOwnAllowanceAndImportsShareIt() {
        String first = Tokens.forUser(Fixtures.uniqueSubject("finance"), "finance");
        String second = Tokens.forUser(Fixtures.uniqueSubject("finance"), "finance");
        for (int i = 0; i < 5; i++) {
            report(first).then().statusCode(200);
        }
        given().auth().oauth2(first).contentType("text/csv").body("currency,date,krw_per_unit,source\n").post("/api/v1/fx-rates/import")
                .then().statusCode(429);
        report(second).then().statusCode(200);
        given().auth().oauth2(second).contentType("text/csv").body("currency,date,krw_per_unit,source\n").post("/api/v1/fx-rates/import")
                .then().statusCode(200);
    }

    @Test
    void ordinaryReadsAndWritesAreNotLimited() {
        String officer = Tokens.forUser(Fixtures.uniqueSubject("officer"), "officer");
        for (int i = 0; i < 12; i++) {
            given().auth().oauth2(officer).get("/api/v1/companies").then().statusCode(200);
        }
    }

    @Test
    void aCallerWithoutTheRoleIsForbiddenAndSpendsNothing() {
        String sme = Tokens.sme(Fixtures.uniqueSubject("sme"));
        for (int i = 0; i < 8; i++) {
            given().auth().oauth2(sme).contentType("text/csv").body("x").post("/api/v1/fx-rates/import").then().statusCode(403);
        }
    }
}

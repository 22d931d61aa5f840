package org.pavilion.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

class CorsTest {

    @QuarkusTest
    static class ClosedByDefault {
        @Test
        void aCrossOriginRequestGetsNoPermission() {
            given().auth().oauth2(Tokens.officer()).header("Origin", "https://elsewhere.example").get("/api/v1/me").then()
                    .header("Access-Control-Allow-Origin", nullValue());
        }
    }

    public static class ClientAppOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", "https://app.pavilion.example");
        }
    }

    @QuarkusTest
    @TestProfile(ClientAppOrigin.class)
    static class OpenToTheConfiguredClientApp {
        @Test
        void theClientAppsOriginMayCallTheApiButNoOtherOrigin() {
            given().header("Origin", "https://app.pavilion.example").header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "Authorization,Idempotency-Key")
                    .options("/api/v1/companies").then()
                    .header("Access-Control-Allow-Origin", equalTo("https://app.pavilion.example"));
            given().auth().oauth2(Tokens.officer()).header("Origin", "https://elsewhere.example").get("/api/v1/me").then()
                    .header("Access-Control-Allow-Origin", nullValue());
        }
    }
}

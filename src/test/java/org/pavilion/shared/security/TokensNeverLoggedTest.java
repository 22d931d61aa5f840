package org.pavilion.shared.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Everything the service logs (the test profile writes it to target/quarkus-test.log) is searched for the
 * text of every token used: good, expired, garbage, foreign, and tokens put in a query string by mistake.
 */
@QuarkusTest
class TokensNeverLoggedTest {

    @Test
    void noTokenTextEverReachesTheLog() throws Exception {
        String good = Tokens.officer();
        String expired = Tokens.expired("officer-expired", "officer");
        String foreign = Tokens.signedByAnotherKey("officer-foreign", "officer");
        String idToken = Tokens.ofType("ID", "officer-idtoken", "officer");
        String garbage = "garbage.tokenvalue-" + System.nanoTime() + ".xyz";
        List<String> tokens = List.of(good, expired, foreign, idToken, garbage);
        for (String token : tokens) {
            given().auth().oauth2(token).get("/api/v1/companies");
            given().auth().oauth2(token).contentType("application/json").body("{\"nameKo\":1}").post("/api/v1/companies");
            given().auth().oauth2(token).get("/api/v1/companies/not-a-uuid");
            given().header("Authorization", "Basic " + token).get("/api/v1/companies");
            given().urlEncodingEnabled(false).get("/api/v1/companies?access_token=" + token);
            given().urlEncodingEnabled(false).auth().oauth2(good).get("/api/v1/fairs?q=" + token + "&token=" + token);
            given().urlEncodingEnabled(false).get("/api/v1/audit-events?from=" + token);
        }
        Path log = Path.of("target/quarkus-test.log");
        assertThat(log).exists();
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logged).contains("http_request method=GET path=/api/v1/companies");
        for (String token : tokens) {
            String signature = token.substring(token.lastIndexOf('.') + 1);
            String payload = token.split("\\.").length > 1 ? token.split("\\.")[1] : token;
            assertThat(logged).doesNotContain(token).doesNotContain(payload);
            if (signature.length() > 8) {
                assertThat(logged).doesNotContain(signature);
            }
        }
    }
}

package org.pavilion.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.pavilion.support.Fixtures.aCompany;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.Fixtures.money;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pavilion.support.Fixtures;
import org.pavilion.support.Tokens;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every error is RFC 9457 problem+json with the right status, and leaks nothing. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String PROBLEM = "application/problem+json";

    @Nested
    class Authentication {

        @Test
        void noTokenIsUnauthorizedWithAProblemBody() {
            given().get("/api/v1/companies").then().statusCode(401).contentType(PROBLEM)
                    .body("status", equalTo(401))
                    .body("type", equalTo("https://pavilion.example/problems/unauthorized"));
        }

        @Test
        void anExpiredTokenIsUnauthorized() {
            given().auth().oauth2(Tokens.expired("officer-kim", "officer")).get("/api/v1/companies").then()
                    .statusCode(401).contentType(PROBLEM);
        }

        @Test
        void aTokenSignedByAnotherKeyIsUnauthorized() {
            given().auth().oauth2(Tokens.signedByAnotherKey("officer-kim", "officer")).get("/api/v1/companies").then()
                    .statusCode(401).contentType(PROBLEM);
        }

        @Test
        void aTokenFromAnotherIssuerIsUnauthorized() {
            given().auth().oauth2(Tokens.fromAnotherIssuer("officer-kim", "officer")).get("/api/v1/companies").then()
                    .statusCode(401).contentType(PROBLEM);
        }

        @Test
        void anUnsignedAlgNoneTokenIsUnauthorized() {
            given().auth().oauth2(Tokens.unsigned("officer-kim", "officer")).get("/api/v1/companies").then()
                    .statusCode(401).contentType(PROBLEM);
        }

        @Test
        void garbageInTheAuthorizationHeaderIsUnauthorized() {
            given().header("Authorization", "Bearer not.a.jwt").get("/api/v1/me").then().statusCode(401).contentType(PROBLEM);
        }

        @Test
        void aRoleThatMayNeverDoTheOperationIsForbiddenWhateverTheId() {
            given().auth().oauth2(Tokens.sme("sme-x")).get("/api/v1/audit-events").then().statusCode(403).contentType(PROBLEM);
            as(Tokens.finance()).body(Map.of("subject", "x")).post("/api/v1/companies/not-a-uuid/members").then()
                    .statusCode(403).contentType(PROBLEM);
        }

        @Test
        void aTokenWithNoRoleIsForbidden() {
            given().auth().oauth2(Tokens.forUser("nobody")).get("/api/v1/companies").then().statusCode(403);
        }

        @Test
        void healthAndOpenApiArePublic() {
            given().get("/q/health/live").then().statusCode(200);
            given().get("/q/openapi").then().statusCode(200);
        }
    }

    @Nested
    class BadInput {

        @Test
        void malformedJsonIsABadRequest() {
            as(Tokens.officer()).body("{\"brn\": ").post("/api/v1/companies").then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("https://pavilion.example/problems/validation-failed"))
                    .body("detail", not(containsString("jackson")))
                    .body("instance", equalTo("/api/v1/companies"));
        }

        @Test
        void aBodyThatIsNotAnObjectIsABadRequest() {
            as(Tokens.officer()).body("[1, 2]").post("/api/v1/companies").then().statusCode(400).contentType(PROBLEM);
            as(Tokens.officer()).body("null").post("/api/v1/companies").then().statusCode(400).contentType(PROBLEM);
        }

        @Test
        void anEmptyBodyIsABadRequest() {
            as(Tokens.officer()).post("/api/v1/companies").then().statusCode(400).contentType(PROBLEM);
        }

        @Test
        void validationFailuresListEveryBadField() {
            Map<String, Object> body = aCompany();
            body.remove("nameKo");
            body.put("contactEmail", "not-an-email");
            body.put("employees", -1);
            as(Tokens.officer()).body(body).post("/api/v1/companies").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItem("nameKo"))
                    .body("errors.field", hasItem("contactEmail"))
                    .body("errors.field", hasItem("employees"));
        }

        @Test
        void aWrongTypeNamesTheFieldWithoutJavaTypes() {
            Map<String, Object> body = aCompany();
            body.put("employees", "many");
            as(Tokens.officer()).body(body).post("/api/v1/companies").then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo("employees"))
                    .body("errors[0].message", not(containsString("java")))
                    .body("detail", not(containsString("org.pavilion")));
        }

        @Test
        void anUnknownFieldIsABadRequest() {
            Map<String, Object> body = aCompany();
            body.put("contactEmial", "typo@example.com");
            as(Tokens.officer()).body(body).post("/api/v1/companies").then().statusCode(400)
                    .body("errors[0].field", equalTo("contactEmial"));
        }

        @Test
        void anUnknownEnumValueIsABadRequest() {
            String id = Fixtures.aVerifiedCompany();
            as(Tokens.officer()).body(Map.of("status", "ACTIVE")).patch("/api/v1/companies/" + id).then().statusCode(400)
                    .body("errors[0].field", equalTo("status"))
                    .body("errors[0].message", containsString("VERIFIED"));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "{\"amount\": 3200000000, \"currency\": \"KRW\"}",
                "{\"amount\": \"3200000000\", \"currency\": \"krw\"}",
                "{\"amount\": \"3200000000\", \"currency\": \"ABC\"}",
                "{\"amount\": \"3200000000.5\", \"currency\": \"KRW\"}",
                "{\"amount\": \"-1\", \"currency\": \"KRW\"}",
                "{\"amount\": \"1e9\", \"currency\": \"KRW\"}",
                "{\"amount\": \"100\"}",
                "\"3200000000 KRW\"",
                "{\"amount\": \"100\", \"currency\": \"USD\"}" })
        void badMoneyIsABadRequestNamingTheField(String annualRevenue) {
            Map<String, Object> body = aCompany();
            body.remove("annualRevenue");
            String json = toJson(body).replaceFirst("\\{", "{\"annualRevenue\": " + annualRevenue + ", ");
            as(Tokens.officer()).body(json).post("/api/v1/companies").then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", containsString("annualRevenue"));
        }

        @Test
        void zeroRevenueIsAllowed() {
            Map<String, Object> body = aCompany();
            body.put("annualRevenue", money("0", "KRW"));
            as(Tokens.officer()).body(body).post("/api/v1/companies").then().statusCode(201)
                    .body("annualRevenue.amount", equalTo("0"));
        }

        @Test
        void aPathIdThatIsNotAUuidIsNotFound() {
            as(Tokens.officer()).get("/api/v1/companies/42").then().statusCode(404).contentType(PROBLEM);
        }

        @Test
        void anUnknownIdIsNotFound() {
            as(Tokens.officer()).get("/api/v1/companies/" + UUID.randomUUID()).then().statusCode(404)
                    .contentType(PROBLEM).body("type", equalTo("https://pavilion.example/problems/not-found"));
        }

        @Test
        void aBodyOfAnotherMediaTypeIsUnsupported() {
            given().auth().oauth2(Tokens.officer()).contentType(ContentType.XML).body("<company/>")
                    .post("/api/v1/companies").then().statusCode(415).contentType(PROBLEM)
                    .body("detail", containsString("send application/json"));
            given().auth().oauth2(Tokens.finance()).contentType(ContentType.JSON).body("{}")
                    .post("/api/v1/fx-rates/import").then().statusCode(415).body("detail", containsString("send text/csv"));
        }

        @Test
        void anUnsupportedMethodIsAProblemToo() {
            as(Tokens.officer()).delete("/api/v1/companies").then().statusCode(405).contentType(PROBLEM);
        }

        @Test
        void errorsNeverCarryAStackTrace() {
            as(Tokens.officer()).body("{\"brn\": [").post("/api/v1/companies").then().statusCode(400)
                    .body("trace", nullValue()).body("stackTrace", nullValue()).body("title", notNullValue());
        }
    }

    private static String toJson(Object body) {
        try {
            return new ObjectMapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

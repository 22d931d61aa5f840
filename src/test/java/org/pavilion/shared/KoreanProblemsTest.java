package org.pavilion.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.pavilion.support.Fixtures.aCompany;
import static org.pavilion.support.Fixtures.as;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** api.md: with Accept-Language ko, title and detail are Korean; type, status and errors[].field never change. */
@QuarkusTest
class KoreanProblemsTest {

    static final String BASE = "https://pavilion.example/problems/";

    static ValidatableResponse korean(ValidatableResponse response, int status, String type, String title) {
        return response.statusCode(status).contentType("application/problem+json").header("Vary", containsString("Accept-Language"))
                .body("type", equalTo(BASE + type)).body("status", equalTo(status)).body("title", equalTo(title))
                .body("detail", matchesPattern(".*[\\uAC00-\\uD7A3].*"));
    }

    @Test
    void validationProblemsAreKoreanWithTheirFieldsUnchanged() {
        Map<String, Object> company = new HashMap<>(aCompany());
        company.put("brn", "123");
        korean(as(Tokens.officer()).header("Accept-Language", "ko").body(company).post("/api/v1/companies").then(), 400,
                "validation-failed", "잘못된 요청").body("errors[0].field", equalTo("brn"));
        as(Tokens.officer()).header("Accept-Language", "en").body(company).post("/api/v1/companies").then().statusCode(400)
                .body("title", equalTo("Invalid request")).body("detail", containsString("invalid"))
                .body("errors[0].field", equalTo("brn"));
        as(Tokens.officer()).body(company).post("/api/v1/companies").then().statusCode(400).body("title", equalTo("Invalid request"));
    }

    @Test
    void everyKindOfAnswerIsKorean() {
        korean(given().header("Accept-Language", "ko-KR").get("/api/v1/companies").then(), 401, "unauthorized", "인증 필요");
        korean(as(Tokens.sme("sme-k")).header("Accept-Language", "ko").get("/api/v1/audit-events").then(), 403, "forbidden", "권한 없음");
        korean(as(Tokens.officer()).header("Accept-Language", "ko").get("/api/v1/companies/" + UUID.randomUUID()).then(), 404,
                "not-found", "찾을 수 없음");
        Map<String, Object> company = aCompany();
        as(Tokens.officer()).body(company).post("/api/v1/companies").then().statusCode(201);
        korean(as(Tokens.officer()).header("Accept-Language", "ko").body(company).post("/api/v1/companies").then(), 409,
                "duplicate-brn", "이미 등록된 기업");
        String id = as(Tokens.officer()).body(aCompany()).post("/api/v1/companies").then().statusCode(201).extract().path("id");
        korean(as(Tokens.officer()).header("Accept-Language", "ko").header("If-Match", "\"999\"").body(Map.of("city", "Suwon"))
                .patch("/api/v1/companies/" + id).then(), 412, "precondition-failed", "사전 조건 실패");
        korean(given().auth().oauth2(Tokens.officer()).header("Accept-Language", "ko").contentType(ContentType.XML).body("<a/>")
                .post("/api/v1/companies").then(), 415, "unsupported-media-type", "지원하지 않는 미디어 유형");
        korean(as(Tokens.officer()).header("Accept-Language", "ko").body(Map.of("nameKo", "x".repeat(1_100_000)))
                .post("/api/v1/companies").then(), 413, "payload-too-large", "요청 본문 초과");
        korean(as(Tokens.admin()).header("Accept-Language", "ko")
                .body(Map.of("url", "http://10.0.0.1/hook", "events", List.of("*"))).post("/api/v1/webhooks").then(), 422,
                "webhook-url-not-allowed", "허용되지 않는 웹훅 URL");
    }

    @Test
    void englishIsTheDefaultAndWinsWhenPreferred() {
        as(Tokens.officer()).header("Accept-Language", "en-US,en;q=0.9,ko;q=0.8").get("/api/v1/companies/" + UUID.randomUUID())
                .then().statusCode(404).body("title", equalTo("Not found")).body("detail", containsString("No company"));
        as(Tokens.officer()).header("Accept-Language", "de, fr;q=0.5").get("/api/v1/companies/" + UUID.randomUUID())
                .then().statusCode(404).body("title", equalTo("Not found"));
        as(Tokens.officer()).header("Accept-Language", "%%%;;q=zz").get("/api/v1/companies/" + UUID.randomUUID())
                .then().statusCode(404).body("title", equalTo("Not found"));
    }

    @Test
    void aBodyRefusedBeforeTheApplicationIsReadIsKoreanToo() throws Exception {
        try (Socket socket = new Socket("localhost", 8081)) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/v1/fx-rates/import HTTP/1.1\r\nHost: localhost\r\nAccept-Language: ko\r\nContent-Type: text/csv"
                    + "\r\nContent-Length: 52428800\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("\"type\":\"" + BASE + "payload-too-large\"")
                    .contains("\"title\":\"요청 본문 초과\"");
        }
    }
}

package org.pavilion.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BodyLimitsTest {

    @Test
    void aJsonBodyOverOneMebibyteIsTooLarge() {
        String big = "{\"nameKo\": \"" + "가".repeat(400_000) + "\"}";
        given().auth().oauth2(Tokens.officer()).contentType("application/json").body(big).post("/api/v1/companies").then()
                .statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void aCsvImportMayBeLargerThanTheJsonLimit() {
        StringBuilder csv = new StringBuilder("currency,date,krw_per_unit,source\n");
        String source = "x".repeat(150);
        for (int day = 0; day < 9000; day++) {
            csv.append("EUR,").append(LocalDate.of(2040, 1, 1).plusDays(day)).append(",1500,").append(source).append('\n');
        }
        given().auth().oauth2(Tokens.finance()).contentType("text/csv").body(csv.toString()).post("/api/v1/fx-rates/import")
                .then().statusCode(200).body("imported", equalTo(9000));
    }

    @Test
    void aCsvOverTwentyMebibytesIsRefusedBeforeItIsRead() throws Exception {
        String answer = postDeclaring(21 * 1024 * 1024, "text/csv");
        Assertions.assertThat(answer).startsWith("HTTP/1.1 413")
                .containsIgnoringCase("content-type: application/problem+json").contains("\"status\":413", "payload-too-large");
    }

    /** Sends only the head of a request declaring this length and a few bytes, and reads the whole answer. */
    private static String postDeclaring(long length, String type) throws Exception {
        try (var socket = new Socket("localhost", 8081)) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/v1/fx-rates/import HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.finance()
                    + "\r\nContent-Type: " + type + "\r\nContent-Length: " + length + "\r\n\r\n{\"a\":";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBodyDeclaredFarBeyondEveryLimitIsAProblemWithoutBeingRead() throws Exception {
        for (String type : new String[] { "application/json", "text/csv", "application/pdf" }) {
            for (long length : new long[] { 52_428_800L, 10L * 1024 * 1024 * 1024, Long.MAX_VALUE }) {
                Assertions.assertThat(postDeclaring(length, type)).startsWith("HTTP/1.1 413")
                        .containsIgnoringCase("content-type: application/problem+json").contains("\"status\":413");
            }
        }
    }

    @Test
    void aChunkedJsonBodyOverTheLimitIsTooLargeWithoutADeclaredLength() throws Exception {
        byte[] big = ("{\"nameKo\": \"" + "x".repeat(1_200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:8081/api/v1/companies"))
                .header("Authorization", "Bearer " + Tokens.officer()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
        Assertions.assertThat(response.statusCode()).isEqualTo(413);
        Assertions.assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> Assertions.assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void anOverlongUrlIsAProblemNotABareError() {
        given().auth().oauth2(Tokens.officer()).queryParam("q", "x".repeat(10_000)).get("/api/v1/companies").then()
                .statusCode(414).contentType("application/problem+json").body("status", equalTo(414));
    }

    @Test
    void aUrlOfOrdinaryLengthWithAVeryLongSearchStillWorks() {
        given().auth().oauth2(Tokens.officer()).queryParam("q", "x".repeat(4_000)).get("/api/v1/companies").then()
                .statusCode(Matchers.oneOf(200, 400));
    }
}

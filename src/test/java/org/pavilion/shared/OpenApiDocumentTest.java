package org.pavilion.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The committed openapi/openapi.yaml is exactly what the service serves: drift fails the build. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theCommittedDocumentMatchesTheServedOne() throws Exception {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Path committed = Path.of("openapi", "openapi.yaml");
        Path current = Path.of("target", "openapi-served.yaml");
        Files.createDirectories(current.getParent());
        Files.writeString(current, served, StandardCharsets.UTF_8);
        assertThat(Files.exists(committed)).as("openapi/openapi.yaml is committed").isTrue();
        assertThat(normalise(Files.readString(committed, StandardCharsets.UTF_8)))
                .as("openapi/openapi.yaml is out of date: review and copy target/openapi-served.yaml over it")
                .isEqualTo(normalise(served));
    }

    @Test
    void everyApiOperationDocumentsProblemResponses() {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().extract().asString();
        assertThat(served).contains("application/problem+json").contains("bearer").contains("Idempotency-Key");
    }

    private static String normalise(String yaml) {
        return yaml.replace("\r\n", "\n").strip();
    }
}

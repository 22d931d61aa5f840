package org.pavilion.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Fixtures;
import org.pavilion.support.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every input is bounded: each string a client can send in a JSON body declares a maximum length
 * (or is an enum, a date, a UUID or a fixed pattern), each array a maximum count, and page sizes
 * stop at 200. Together with the body limits (1 MiB JSON, 20 MiB CSV, 8 KiB URLs) nothing a client
 * sends can grow the service's memory without bound.
 */
@QuarkusTest
class RequestLimitsTest {

    @Test
    void everyStringAndArrayInARequestBodyIsBounded() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        JsonNode schemas = document.path("components").path("schemas");
        Set<String> requestSchemas = new LinkedHashSet<>();
        document.path("paths").forEach(path -> path.forEach(operation -> references(operation.path("requestBody"), requestSchemas)));
        Deque<String> todo = new ArrayDeque<>(requestSchemas);
        while (!todo.isEmpty()) {
            Set<String> found = new LinkedHashSet<>();
            references(schemas.path(todo.pop()), found);
            for (String name : found) {
                if (requestSchemas.add(name)) {
                    todo.push(name);
                }
            }
        }

        List<String> unbounded = new ArrayList<>();
        for (String name : requestSchemas) {
            schemas.path(name).path("properties").fields().forEachRemaining(property -> {
                JsonNode p = property.getValue();
                boolean bounded = p.has("$ref") || p.has("enum") || p.has("format") || p.has("maxLength") || p.has("maxItems");
                if (("string".equals(p.path("type").asText()) || "array".equals(p.path("type").asText())) && !bounded) {
                    unbounded.add(name + "." + property.getKey());
                }
            });
        }
        assertThat(requestSchemas).as("request schemas found").hasSizeGreaterThan(15);
        assertThat(unbounded).as("request fields without a declared bound").isEmpty();
    }

    @Test
    void aTooLongTextIsA400NamingTheField() {
        Map<String, Object> company = Fixtures.aCompany();
        company.put("nameEn", "x".repeat(100_000));
        given().auth().oauth2(Tokens.officer()).contentType("application/json").body(company).post("/api/v1/companies").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("nameEn"));
    }

    @Test
    void pageSizesStopAt200() {
        given().auth().oauth2(Tokens.officer()).queryParam("size", 200).get("/api/v1/companies").then().statusCode(200);
        given().auth().oauth2(Tokens.officer()).queryParam("size", 201).get("/api/v1/companies").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().auth().oauth2(Tokens.officer()).queryParam("size", "99999999999999999999").get("/api/v1/companies").then()
                .statusCode(400).contentType("application/problem+json");
    }

    private static void references(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if ("$ref".equals(field.getKey())) {
                    String ref = field.getValue().asText();
                    into.add(ref.substring(ref.lastIndexOf('/') + 1));
                } else {
                    references(field.getValue(), into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> references(child, into));
        }
    }
}

package org.pavilion.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Malformed requests generated from the request schemas of the served OpenAPI document, sent to every
 * write operation as an admin (who passes every role check): wrong types, nulls, missing and unknown
 * fields, extreme numbers, money with too many decimals, 100 kB strings, injection strings, invalid
 * UTF-8, wrong media types, ids that are not UUIDs. Not one may answer 5xx, every error must be
 * problem+json, and the service must stay healthy.
 */
@QuarkusTest
class BadInputFuzzTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] NASTY = { "' OR 1=1 --", "\"; drop table companies; --", "<script>alert(1)</script>",
            "${jndi:ldap://x}", "../../etc/passwd", "\u0000", "%00", "😀".repeat(10), "-1", "1e309", "NaN" };

    record Attempt(String method, String path, String contentType, byte[] body) {
    }

    @Test
    void thousandsOfMalformedRequestsNeverCauseA5xxAndAlwaysAnswerProblemJson() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode document = mapper.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        JsonNode schemas = document.get("components").get("schemas");
        Random random = new Random(20261121);
        List<Attempt> attempts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> entry = paths.next();
            if (!entry.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = entry.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                String path = entry.getKey();
                attempts.add(new Attempt(method, path.replaceAll("\\{[a-zA-Z]+\\}", "not-a-uuid"), "application/json", "{}".getBytes()));
                for (String nasty : NASTY) {
                    attempts.add(new Attempt("GET".equals(method) ? "GET" : method, concrete(path) + "?page=" + enc(nasty) + "&size="
                            + enc(nasty) + "&q=" + enc(nasty) + "&status=" + enc(nasty) + "&from=" + enc(nasty),
                            "application/json", "{}".getBytes()));
                }
                JsonNode body = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
                if (body.isMissingNode()) {
                    continue;
                }
                ObjectNode valid = example(resolve(body, schemas), schemas, random);
                String target = concrete(path);
                for (JsonNode mutated : mutations(valid, random)) {
                    attempts.add(new Attempt(method, target, "application/json", mapper.writeValueAsBytes(mutated)));
                }
                attempts.add(new Attempt(method, target, "text/plain", "hello".getBytes()));
                attempts.add(new Attempt(method, target, "application/xml", "<x/>".getBytes()));
                attempts.add(new Attempt(method, target, "application/json", new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' }));
                attempts.add(new Attempt(method, target, "application/json", "{\"a\":".getBytes()));
                attempts.add(new Attempt(method, target, "application/json", "[[[[[[[[[[[[[[[[[[[[".repeat(50).getBytes()));
                attempts.add(new Attempt(method, target, "application/json", "{} {}".getBytes()));
            }
        }

        int fiveHundreds = 0;
        List<String> failures = new ArrayList<>();
        String admin = Tokens.admin();
        for (Attempt attempt : attempts) {
            Response response = given().auth().oauth2(admin).contentType(attempt.contentType()).body(attempt.body())
                    .request(attempt.method(), attempt.path());
            int status = response.statusCode();
            if (status >= 500) {
                fiveHundreds++;
                failures.add(attempt.method() + " " + attempt.path() + " -> " + status + " " + new String(attempt.body(), StandardCharsets.UTF_8)
                        .substring(0, Math.min(200, attempt.body().length)));
            } else if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                String where = attempt.method() + " " + attempt.path();
                failures.add(where.substring(0, Math.min(300, where.length())) + " -> " + status + " without problem+json");
            }
        }
        System.out.printf("fuzz: %d malformed requests, %d answered 5xx%n", attempts.size(), fiveHundreds);
        assertThat(attempts.size()).isGreaterThan(1000);
        assertThat(failures).isEmpty();
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static String concrete(String path) {
        return path.replace("{currency}", "USD").replace("{date}", "2030-01-01").replace("{subject}", "someone")
                .replaceAll("\\{[a-zA-Z]+\\}", UUID.randomUUID().toString());
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        JsonNode ref = schema.get("$ref");
        return ref == null ? schema : schemas.get(ref.asText().substring("#/components/schemas/".length()));
    }

    /** A plausible value for every property of an object schema. */
    private static ObjectNode example(JsonNode schema, JsonNode schemas, Random random) {
        ObjectNode node = JSON.objectNode();
        JsonNode properties = schema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode s = resolve(p.getValue(), schemas);
            if (p.getValue().has("$ref") && p.getValue().get("$ref").asText().endsWith("/Money") || "Money".equals(p.getKey())) {
                ObjectNode money = JSON.objectNode();
                money.put("amount", "1000");
                money.put("currency", "KRW");
                node.set(p.getKey(), money);
                continue;
            }
            String type = s.path("type").asText("string");
            if (s.has("enum")) {
                node.put(p.getKey(), s.get("enum").get(0).asText());
            } else if ("integer".equals(type) || "number".equals(type)) {
                node.put(p.getKey(), 1 + random.nextInt(100));
            } else if ("boolean".equals(type)) {
                node.put(p.getKey(), true);
            } else if ("array".equals(type)) {
                node.set(p.getKey(), JSON.arrayNode().add("OTHER"));
            } else if ("date".equals(s.path("format").asText())) {
                node.put(p.getKey(), "2030-01-01");
            } else if ("uuid".equals(s.path("format").asText())) {
                node.put(p.getKey(), UUID.randomUUID().toString());
            } else if ("object".equals(type)) {
                node.set(p.getKey(), JSON.objectNode());
            } else {
                node.put(p.getKey(), "value");
            }
        }
        return node;
    }

    private static List<JsonNode> mutations(ObjectNode valid, Random random) {
        List<JsonNode> out = new ArrayList<>();
        out.add(valid.deepCopy());
        ObjectNode unknown = valid.deepCopy();
        unknown.put("unexpected" + random.nextInt(1000), "x");
        out.add(unknown);
        for (Iterator<String> names = valid.fieldNames(); names.hasNext();) {
            String field = names.next();
            JsonNode[] replacements = { JSON.nullNode(), JSON.numberNode(Long.MAX_VALUE), JSON.numberNode(-1),
                    JSON.numberNode(new java.math.BigDecimal("1e400")), JSON.textNode("x".repeat(100_000)), JSON.booleanNode(false),
                    JSON.arrayNode().add(1), JSON.objectNode().put("amount", "1.123456789").put("currency", "KRW"),
                    JSON.objectNode().put("amount", "99999999999999999999999999999999999999").put("currency", "USD"),
                    JSON.objectNode().put("amount", "-5").put("currency", "EUR"), JSON.textNode("not-a-uuid"),
                    JSON.textNode("2030-02-30"), JSON.textNode(NASTY[random.nextInt(NASTY.length)]) };
            for (JsonNode replacement : replacements) {
                ObjectNode mutated = valid.deepCopy();
                mutated.set(field, replacement);
                out.add(mutated);
            }
            ObjectNode missing = valid.deepCopy();
            missing.remove(field);
            out.add(missing);
        }
        return out;
    }
}

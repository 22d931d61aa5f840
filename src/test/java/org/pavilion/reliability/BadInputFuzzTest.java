package org.pavilion.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Fixtures;
import org.pavilion.support.OutcomeFixtures;
import org.pavilion.support.ProgrammeFixtures;
import org.pavilion.support.SelectionFixtures;
import org.pavilion.support.Tokens;
import org.pavilion.support.VoucherFixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Malformed requests sent as an admin (who passes every role check) to every operation of the served
 * OpenAPI document, against real resources so that what the service accepts is really stored: for every
 * field of every request schema, numbers where dates or strings belong, dates at and beyond 1900 and
 * 2999, every control character, lone surrogates, right-to-left marks, emoji, strings at and one past
 * their maximum length, integers at and one past their bounds, amounts at and one past 10^15, nulls,
 * wrong types, missing and unknown fields; and for every body, duplicate keys, deep nesting, invalid
 * UTF-8, wrong media types; CSV imports with the same classes. Not one may answer 5xx, every error is
 * problem+json, and afterwards every list, item and report (JSON, CSV and Excel) still answers 200: no
 * request may leave behind a row that breaks a later read.
 */
@QuarkusTest
class BadInputFuzzTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String LONE_HIGH = "@@LONE_HIGH@@";
    private static final String LONE_LOW = "@@LONE_LOW@@";
    private static final String DEEP_ARRAYS = "@@DEEP_ARRAYS@@";
    private static final String DEEP_OBJECTS = "@@DEEP_OBJECTS@@";
    private static final String[] NASTY = { "' OR 1=1 --", "\"; drop table companies; --", "<script>alert(1)</script>",
            "${jndi:ldap://x}", "../../etc/passwd", "\u0000", "%00", "😀".repeat(10), "-1", "1e309", "NaN" };
    private static final String[] DATES = { "1899-12-31", "1900-01-01", "2999-12-31", "3000-01-01", "+57412-01-01", "-0001-01-01",
            "0000-01-01", "2025-02-29", "2024-02-29", "20250303", "2025-3-3", "2025-03-03T00:00:00Z", "" };
    private static final String[] ACCEPTED_TEXT = { "\u200f\u05e9\u05dc\u05d5\u05dd", "a\u202eb", "😀👩‍👩‍👧", "\ufeffBOM", "전시회",
            "tab\there", "line\r\nbreak", "\u00a0" };
    private static final String[] AMOUNTS = { "1000000000000000", "1000000000000001", "999999999999999", "1000000000000000.00",
            "1000000000000000.01", "9".repeat(40), "0", "0.001", "1e3", " 1000", "+1000" };
    private static final String GROUPS = "programme,fair,sector,buyerCountry,company,month";

    record Attempt(String method, String path, String contentType, byte[] body) {
    }

    @Test
    void everyClassOfBadInputIsAProblemAndNoneBreaksALaterRead() throws Exception {
        JsonNode document = MAPPER.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        JsonNode schemas = document.get("components").get("schemas");
        World world = World.create();
        Random random = new Random(20261202);
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
                String target = world.concrete(path);
                attempts.add(new Attempt(method, path.replaceAll("\\{[a-zA-Z]+\\}", "not-a-uuid"), "application/json", "{}".getBytes()));
                for (String nasty : NASTY) {
                    attempts.add(new Attempt(method, target + "?page=" + enc(nasty) + "&size=" + enc(nasty) + "&q=" + enc(nasty)
                            + "&status=" + enc(nasty) + "&from=" + enc(nasty), "application/json", "{}".getBytes()));
                }
                for (String date : DATES) {
                    attempts.add(new Attempt(method, target + "?from=" + enc(date) + "&to=" + enc(date) + "&rateDate=" + enc(date),
                            "application/json", "{}".getBytes()));
                }
                for (int c : controlCharacters()) {
                    attempts.add(new Attempt(method, target + "?q=" + enc("a" + (char) c) + "&city=" + enc("" + (char) c),
                            "application/json", "{}".getBytes()));
                }
                JsonNode content = op.getValue().path("requestBody").path("content");
                if (content.has("text/csv")) {
                    for (String csv : csvAttempts(path, world)) {
                        attempts.add(new Attempt(method, target, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
                    }
                }
                JsonNode body = content.path("application/json").path("schema");
                if (body.isMissingNode()) {
                    continue;
                }
                String schemaName = body.path("$ref").asText("").replace("#/components/schemas/", "");
                JsonNode schema = schemas.path(schemaName);
                ObjectNode valid = world.validBody(schemaName, example(schema, schemas, random));
                for (String mutated : mutations(valid, schema, schemas, random)) {
                    attempts.add(new Attempt(method, target, "application/json", mutated.getBytes(StandardCharsets.UTF_8)));
                }
                attempts.add(new Attempt(method, target, "text/plain", "hello".getBytes()));
                attempts.add(new Attempt(method, target, "application/xml", "<x/>".getBytes()));
                attempts.add(new Attempt(method, target, "application/json", new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' }));
                attempts.add(new Attempt(method, target, "application/json", new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}' }));
                attempts.add(new Attempt(method, target, "application/json", "{\"a\":".getBytes()));
                attempts.add(new Attempt(method, target, "application/json", "[".repeat(5000).getBytes()));
                attempts.add(new Attempt(method, target, "application/json", "{\"a\":".repeat(3000).getBytes()));
                attempts.add(new Attempt(method, target, "application/json", "{} {}".getBytes()));
                attempts.add(new Attempt(method, target, "application/json", "null".getBytes()));
                attempts.add(new Attempt(method, target, "application/json", "[]".getBytes()));
                attempts.add(new Attempt(method, target, "application/json", "\"text\"".getBytes()));
                attempts.add(new Attempt(method, target, "application/json", "20250303".getBytes()));
                for (String duplicated : duplicateKeys(valid)) {
                    attempts.add(new Attempt(method, target, "application/json", duplicated.getBytes(StandardCharsets.UTF_8)));
                }
            }
        }

        AtomicInteger fiveHundreds = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        String admin = Tokens.admin();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (Attempt attempt : attempts) {
                sent.add(clients.submit(() -> {
                    Response response = given().urlEncodingEnabled(false).auth().oauth2(admin).contentType(attempt.contentType())
                            .body(attempt.body()).request(attempt.method(), attempt.path());
                    int status = response.statusCode();
                    if (status < 300) {
                        accepted.incrementAndGet();
                    }
                    if (status >= 500) {
                        fiveHundreds.incrementAndGet();
                        failures.add(describe(attempt) + " -> " + status + " " + response.asString());
                    } else if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                        failures.add(describe(attempt) + " -> " + status + " without problem+json");
                    }
                }));
            }
            for (var each : sent) {
                each.get();
            }
        } finally {
            clients.shutdown();
        }
        System.out.printf("fuzz: %d malformed requests, %d answered 5xx, %d accepted (stored or applied)%n", attempts.size(),
                fiveHundreds.get(), accepted.get());
        assertThat(attempts.size()).isGreaterThan(10_000);
        assertThat(failures).isEmpty();
        assertThat(accepted.get()).as("borderline values that must be stored, so the read-back reads them").isGreaterThan(500);

        // The fuzz may rightly have deleted the world's document and webhook (DELETE is an operation too): the
        // read-back reads fresh ones as well.
        world.ids.put("documents", VoucherFixtures.attachInvoice(Tokens.officer(), world.ids.get("claims"),
                VoucherFixtures.aPdf("read-back " + System.nanoTime())).statusCode(201).extract().path("id"));
        world.ids.put("webhooks", World.aWebhook());
        List<String> brokenReads = readEverything(document, world);
        System.out.printf("fuzz read-back: every list, item and report read again, %d failed%n", brokenReads.size());
        assertThat(brokenReads).isEmpty();
        given().get("/q/health/ready").then().statusCode(200);
    }

    /** After the fuzz: every GET of the document, every page of every list, every item listed, every report in every format. */
    private static List<String> readEverything(JsonNode document, World world) {
        String admin = Tokens.admin();
        List<String> broken = new ArrayList<>();
        List<String> reads = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> entry = paths.next();
            JsonNode get = entry.getValue().get("get");
            if (!entry.getKey().startsWith("/api/") || get == null || entry.getKey().contains("{currency}")) {
                continue;
            }
            String path = world.concrete(entry.getKey());
            boolean ranged = get.path("parameters").findValuesAsText("name").contains("from");
            reads.add(path + (ranged ? "?from=1900-01-01&to=2999-12-31" : ""));
        }
        for (String group : GROUPS.split(",")) {
            reads.add("/api/v1/reports/outcomes?from=1900-01-01&to=2999-12-31&groupBy=" + group);
        }
        for (String listPath : new String[] { "/api/v1/programmes", "/api/v1/companies", "/api/v1/fairs", "/api/v1/voucher-programmes",
                "/api/v1/voucher-applications", "/api/v1/vouchers", "/api/v1/audit-events", "/api/v1/fx-rates", "/api/v1/partners",
                "/api/v1/agreements" }) {
            for (int page = 0;; page++) {
                Response list = given().auth().oauth2(admin).get(listPath + "?size=200&page=" + page);
                if (list.statusCode() != 200) {
                    broken.add("GET " + listPath + " page " + page + " -> " + list.statusCode() + " " + list.asString());
                    break;
                }
                List<String> ids = list.path("items.id");
                String collection = listPath.substring("/api/v1/".length());
                if (!collection.equals("audit-events") && !collection.equals("fx-rates")) {
                    ids.forEach(id -> reads.add(listPath + "/" + id));
                }
                if (collection.equals("programmes")) {
                    ids.forEach(id -> {
                        reads.add("/api/v1/programmes/" + id + "/participations?size=200");
                        reads.add("/api/v1/programmes/" + id + "/outcomes?size=200");
                        reads.add("/api/v1/reports/programmes/" + id);
                    });
                }
                if (collection.equals("agreements")) {
                    ids.forEach(id -> {
                        reads.add("/api/v1/agreements/" + id + "/commitments?size=200");
                        reads.add("/api/v1/agreements/" + id + "/meetings?size=200");
                    });
                }
                if (ids.size() < 200) {
                    break;
                }
            }
        }
        for (String read : reads) {
            String[] formats = read.startsWith("/api/v1/reports/") ? new String[] { "application/json", "text/csv",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }
                    : read.endsWith("/content") ? new String[] { "*/*" } : new String[] { "application/json" };
            for (String format : formats) {
                Response response = given().auth().oauth2(admin).accept(format).get(read);
                if (response.statusCode() != 200) {
                    broken.add("GET " + read + " as " + format + " -> " + response.statusCode() + " " + response.asString());
                }
            }
        }
        return broken;
    }

    private static String describe(Attempt attempt) {
        String text = attempt.method() + " " + attempt.path() + " " + attempt.contentType() + " "
                + new String(attempt.body(), StandardCharsets.UTF_8);
        return text.substring(0, Math.min(400, text.length()));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<Integer> controlCharacters() {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < 0x20; c++) {
            out.add(c);
        }
        for (int c = 0x7F; c <= 0x9F; c++) {
            out.add(c);
        }
        return out;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        JsonNode ref = schema.get("$ref");
        return ref == null ? schema : schemas.path(ref.asText().substring("#/components/schemas/".length()));
    }

    /** A plausible value for every property of an object schema, for schemas without a hand-written valid body. */
    private static ObjectNode example(JsonNode schema, JsonNode schemas, Random random) {
        ObjectNode node = JSON.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode s = resolve(p.getValue(), schemas);
            String ref = p.getValue().path("$ref").asText("");
            if (ref.endsWith("/Money")) {
                node.set(p.getKey(), JSON.objectNode().put("amount", "1000").put("currency", "KRW"));
            } else if (ref.endsWith("/LocalDate")) {
                node.put(p.getKey(), "2030-01-01");
            } else if (ref.endsWith("/UUID")) {
                node.put(p.getKey(), UUID.randomUUID().toString());
            } else if (s.has("enum")) {
                node.put(p.getKey(), s.get("enum").get(0).asText());
            } else if ("integer".equals(s.path("type").asText()) || "number".equals(s.path("type").asText())) {
                node.put(p.getKey(), 1 + random.nextInt(100));
            } else if ("boolean".equals(s.path("type").asText())) {
                node.put(p.getKey(), true);
            } else if ("array".equals(s.path("type").asText())) {
                node.set(p.getKey(), JSON.arrayNode().add("OTHER"));
            } else if ("object".equals(s.path("type").asText())) {
                node.set(p.getKey(), JSON.objectNode());
            } else {
                node.put(p.getKey(), "value");
            }
        }
        return node;
    }

    /** For each field: every class of bad (and borderline good) value; the whole body serialized, lone surrogates raw. */
    private static List<String> mutations(ObjectNode valid, JsonNode schema, JsonNode schemas, Random random) throws Exception {
        List<ObjectNode> out = new ArrayList<>();
        out.add(valid.deepCopy());
        ObjectNode unknown = valid.deepCopy();
        unknown.put("unexpected" + random.nextInt(1000), "x");
        out.add(unknown);
        List<String> fields = new ArrayList<>();
        valid.fieldNames().forEachRemaining(fields::add);
        schema.path("properties").fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                fields.add(name);
            }
        });
        int rotation = 0;
        for (String field : fields) {
            JsonNode property = schema.path("properties").path(field);
            JsonNode resolved = resolve(property, schemas);
            List<JsonNode> values = new ArrayList<>(List.of(JSON.nullNode(), JSON.numberNode(Long.MAX_VALUE), JSON.numberNode(-1),
                    JSON.numberNode(20250303), JSON.numberNode(1.5), JSON.numberNode(new BigDecimal("1e400")),
                    JSON.numberNode(new BigDecimal("-1e400")), JSON.numberNode(new BigDecimal("2147483648")),
                    JSON.numberNode(Long.MIN_VALUE), JSON.textNode("x".repeat(100_000)), JSON.booleanNode(false),
                    JSON.arrayNode().add(1), JSON.objectNode(), JSON.textNode("not-a-uuid"), JSON.textNode(UUID.randomUUID().toString()),
                    JSON.textNode(NASTY[random.nextInt(NASTY.length)]), JSON.textNode(LONE_HIGH), JSON.textNode("x" + LONE_LOW),
                    JSON.textNode(LONE_HIGH + "x")));
            for (String date : DATES) {
                values.add(JSON.textNode(date));
            }
            for (String text : ACCEPTED_TEXT) {
                values.add(JSON.textNode(text));
            }
            for (String amount : AMOUNTS) {
                for (String currency : new String[] { "KRW", "USD", "BHD" }) {
                    values.add(JSON.objectNode().put("amount", amount).put("currency", currency));
                }
            }
            values.add(JSON.objectNode().put("amount", 1000).put("currency", "KRW"));
            values.add(JSON.objectNode().put("amount", "1000").put("currency", "KRW").put("extra", "x"));
            values.add(JSON.arrayNode().add(JSON.textNode("OK")).add(JSON.textNode("bad\u0000")));
            values.add(JSON.textNode(DEEP_ARRAYS));
            values.add(JSON.textNode(DEEP_OBJECTS));
            List<Integer> controls = controlCharacters();
            if (valid.path(field).isTextual()) {
                for (int c : controls) {
                    values.add(JSON.textNode(valid.path(field).asText() + (char) c));
                }
            } else {
                values.add(JSON.textNode("a" + (char) (int) controls.get(rotation++ % controls.size())));
                values.add(JSON.textNode("\u0000"));
            }
            if (resolved.has("maxLength")) {
                int max = resolved.get("maxLength").asInt();
                values.add(JSON.textNode("가".repeat(max)));
                values.add(JSON.textNode("가".repeat(max + 1)));
                values.add(JSON.textNode("😀".repeat(max)));
            }
            for (String bound : new String[] { "maximum", "minimum" }) {
                if (resolved.has(bound)) {
                    long at = resolved.get(bound).asLong();
                    values.add(JSON.numberNode(at));
                    values.add(JSON.numberNode("maximum".equals(bound) ? at + 1 : at - 1));
                }
            }
            if (resolved.path("type").asText().equals("array")) {
                values.add(JSON.arrayNode().add(JSON.nullNode()));
                values.add(JSON.arrayNode().add(JSON.textNode("\u0000")));
                values.add(JSON.arrayNode().add(JSON.numberNode(20250303)));
            }
            for (JsonNode value : values) {
                ObjectNode mutated = valid.deepCopy();
                mutated.set(field, value);
                out.add(mutated);
            }
            ObjectNode missing = valid.deepCopy();
            missing.remove(field);
            out.add(missing);
        }
        List<String> bodies = new ArrayList<>();
        for (ObjectNode node : out) {
            bodies.add(MAPPER.writeValueAsString(node).replace(LONE_HIGH, "\\ud800").replace(LONE_LOW, "\\udc00")
                    .replace("\"" + DEEP_ARRAYS + "\"", "[".repeat(1500) + "1" + "]".repeat(1500))
                    .replace("\"" + DEEP_OBJECTS + "\"", "{\"a\":".repeat(1500) + "1" + "}".repeat(1500)));
        }
        return bodies;
    }

    /** The valid body with one field written twice, once with each value, for every field. */
    private static List<String> duplicateKeys(ObjectNode valid) throws Exception {
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = valid.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String body = MAPPER.writeValueAsString(valid);
            out.add("{\"" + field.getKey() + "\":" + MAPPER.writeValueAsString(field.getValue()) + "," + body.substring(1));
            out.add(body.substring(0, body.length() - 1) + ",\"" + field.getKey() + "\":\"second\"}");
        }
        return out;
    }

    private static List<String> csvAttempts(String path, World world) {
        List<String> rows = new ArrayList<>();
        if (path.contains("fx-rates")) {
            String header = "currency,date,krw_per_unit,source\n";
            for (String date : DATES) {
                rows.add(header + "EUR," + date + ",1500,fuzz\n");
            }
            for (String rate : new String[] { "1e3", "9999999999999", "999999999999.999999", "1500.1234567", "-1", "0", "NaN" }) {
                rows.add(header + "EUR,2031-01-01," + rate + ",fuzz\n");
            }
            for (int c : controlCharacters()) {
                rows.add(header + "EUR,2031-01-02,1500,fuzz" + (char) c + "x\n");
            }
            rows.add(header + "EUR,2031-01-03,1500,\"" + "x".repeat(100_000) + "\"\n");
            rows.add(header + "EUR,2031-01-04,1500,\ud800\n");
        } else {
            String header = "company_brn,kind,buyer_name,buyer_country,amount,currency,occurred_on,status,note\n";
            String brn = world.brn;
            for (String date : DATES) {
                rows.add(header + brn + ",CONSULTATION,Buyer,ES,1000,USD," + date + ",OPEN,\n");
            }
            for (String amount : AMOUNTS) {
                rows.add(header + brn + ",CONTRACT,Buyer,ES," + amount + ",USD,2025-03-04,SIGNED,\n");
            }
            for (int c : controlCharacters()) {
                rows.add(header + brn + ",CONSULTATION,Buyer" + (char) c + ",ES,1000,USD,2025-03-04,OPEN,note\n");
            }
            rows.add(header + brn + ",CONSULTATION,Buyer,ES,1000,USD,2025-03-04,OPEN,\"" + "x".repeat(100_000) + "\"\n");
        }
        rows.add("\u0000");
        rows.add("\"unterminated");
        rows.add("");
        return rows;
    }

    /** Real resources for every kind of path id, so that accepted requests really reach the store. */
    static final class World {
        final Map<String, String> ids = new HashMap<>();
        String brn;

        static World create() {
            World world = new World();
            String sme = Fixtures.uniqueSubject("fuzz-sme");
            String company = ProgrammeFixtures.aVerifiedCompanyOf(sme);
            world.brn = Fixtures.as(Tokens.officer()).get("/api/v1/companies/" + company).then().extract().path("brn");
            String fair = ProgrammeFixtures.aFairId();
            String programme = ProgrammeFixtures.aProgramme().create();
            String participation = ProgrammeFixtures.aSelectedParticipation(programme, company);
            String allocation = ProgrammeFixtures.anAllocation(participation, 1_000_000);
            String disbursement = ProgrammeFixtures.disburse(allocation, 100_000).then().statusCode(201).extract().path("id");
            String outcome = OutcomeFixtures.record(participation,
                    OutcomeFixtures.anOutcome("CONTRACT", "1000", "USD", "2025-03-04", "SIGNED"));
            String voucherProgramme = VoucherFixtures.programme(100_000_000, 20_000_000);
            String application = VoucherFixtures.apply(Tokens.sme(sme), voucherProgramme, company, 5_000_000).statusCode(201)
                    .extract().path("id");
            String voucher = VoucherFixtures.decide(application, true, 5_000_000).statusCode(200).extract().path("voucherId");
            String claim = VoucherFixtures.claim(Tokens.sme(sme), voucher,
                    VoucherFixtures.aClaim("INTERPRETATION", "100000", "KRW", ProgrammeFixtures.today().toString())).statusCode(201)
                    .extract().path("id");
            world.ids.putAll(Map.of("companies", company, "fairs", fair, "programmes", programme, "participations", participation,
                    "allocations", allocation, "disbursements", disbursement, "outcomes", outcome, "voucher-programmes", voucherProgramme,
                    "voucher-applications", application, "vouchers", voucher));
            world.ids.put("claims", claim);
            world.ids.put("documents", VoucherFixtures.attachInvoice(Tokens.sme(sme), claim, VoucherFixtures.aPdf("fuzz invoice " + claim))
                    .statusCode(201).extract().path("id"));
            Map<String, Object> settings = SelectionFixtures.settings(20, 1, SelectionFixtures.criteria("fit", "1", "team", "2"));
            SelectionFixtures.configure("programmes", programme, settings).statusCode(200);
            SelectionFixtures.configure("voucher-programmes", voucherProgramme, settings).statusCode(200);
            world.ids.put("webhooks", aWebhook());
            String partner = Fixtures.as(Tokens.officer()).body(Map.of("name", "Fuzz partner", "kind", "REGION", "country", "CN"))
                    .post("/api/v1/partners").then().statusCode(201).extract().path("id");
            world.ids.put("partners", partner);
            String agreement = Fixtures.as(Tokens.officer()).body(Map.of("title", "Fuzz agreement", "kind", "MOU", "signedOn",
                    "2025-03-27", "startsOn", "2025-03-27", "partnerIds", List.of(partner))).post("/api/v1/agreements").then()
                    .statusCode(201).extract().path("id");
            world.ids.put("agreements", agreement);
            world.ids.put("commitments", Fixtures.as(Tokens.officer()).body(Map.of("description", "Fuzz", "area", "TOURISM"))
                    .post("/api/v1/agreements/" + agreement + "/commitments").then().statusCode(201).extract().path("id"));
            world.ids.put("meetings", Fixtures.as(Tokens.officer()).body(Map.of("heldOn", "2025-03-27", "kind", "VISIT"))
                    .post("/api/v1/agreements/" + agreement + "/meetings").then().statusCode(201).extract().path("id"));
            return world;
        }

        static String aWebhook() {
            return Fixtures.as(Tokens.admin()).body(Map.of("url", "https://203.0.113.10/fuzz", "events", List.of("claim.status-changed")))
                    .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        }

        /** The path with each id replaced by the real resource of the collection it follows. */
        String concrete(String path) {
            String[] parts = path.split("/");
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].startsWith("{")) {
                    String name = parts[i];
                    parts[i] = switch (name) {
                        case "{currency}" -> "USD";
                        case "{date}" -> "2030-01-01";
                        case "{subject}" -> "someone";
                        case "{month}" -> "0";
                        default -> ids.getOrDefault(parts[i - 1], UUID.randomUUID().toString());
                    };
                }
            }
            return String.join("/", parts);
        }

        /** A body the service accepts, for the schemas whose generic example it would refuse. */
        ObjectNode validBody(String schemaName, ObjectNode generic) {
            Map<String, Object> body = new LinkedHashMap<>();
            switch (schemaName) {
                case "NewCompany", "CompanyPatch" -> body.putAll(Fixtures.aCompany());
                case "NewFair", "FairPatch" -> body.putAll(ProgrammeFixtures.aFair());
                case "NewProgramme" -> {
                    body.putAll(ProgrammeFixtures.aProgramme().body());
                    body.put("fairId", ids.get("fairs"));
                }
                case "NewParticipation", "NewVoucherApplication" -> {
                    body.put("companyId", ids.get("companies"));
                    if (schemaName.equals("NewVoucherApplication")) {
                        body.put("requested", Fixtures.money("1000000", "KRW"));
                        body.put("plan", "Paris");
                    }
                }
                case "NewVoucherProgramme" -> body.putAll(VoucherFixtures.aVoucherProgramme(100_000_000, 20_000_000));
                case "NewClaim" -> body.putAll(VoucherFixtures.aClaim("INTERPRETATION", "10000", "KRW", ProgrammeFixtures.today().toString()));
                case "NewOutcome" -> body.putAll(OutcomeFixtures.anOutcome("CONSULTATION", "1000", "USD", "2025-03-04", "OPEN"));
                case "NewAllocation" -> body.putAll(Map.of("category", "INTERPRETATION", "amount", Fixtures.money("1000", "KRW"), "note", "fuzz"));
                case "NewDisbursement" -> body.putAll(Map.of("amount", Fixtures.money("1000", "KRW"), "paidOn", "2025-03-04", "reference", "TR-1"));
                case "PerCompanyCapChange" -> body.putAll(Map.of("cap", Fixtures.money("12000000", "KRW"), "effectiveFrom", "2025-02-01", "reason", "fuzz"));
                case "BudgetChange" -> body.putAll(Map.of("budget", Fixtures.money("600000000", "KRW"), "reason", "fuzz"));
                case "FxRateChange" -> body.putAll(Map.of("krwPerUnit", "1453.20", "source", "fuzz"));
                case "OutcomeFollowUp" -> body.putAll(Map.of("status", "SIGNED", "value", Fixtures.money("2000", "USD"), "note", "fuzz"));
                case "NewCompanyMember" -> body.putAll(Map.of("subject", "fuzz-member", "email", "member@example.com"));
                case "SelectionSettingsChange" -> body.putAll(SelectionFixtures.settings(20, 1, SelectionFixtures.criteria("fit", "1", "team", "2")));
                case "NewPanelMember" -> body.putAll(Map.of("subject", "fuzz-reviewer", "name", "Fuzz Reviewer"));
                case "NewReview" -> body.putAll(SelectionFixtures.scores("fit", 50, "team", 60));
                case "SelectionDecisionRequest" -> body.putAll(Map.of("reason", "fuzz"));
                case "FollowUpScheduleChange" -> body.put("months", List.of(0, 3, 6, 12));
                case "FollowUpSubmission" -> body.put("note", "fuzz");
                case "NewWebhook" -> body.putAll(Map.of("url", "https://203.0.113.10/fuzz", "events", List.of("claim.status-changed"),
                        "description", "fuzz"));
                case "NewPartner", "PartnerPatch" -> body.putAll(Map.of("name", "Fuzz partner", "kind", "REGION", "country", "CN"));
                case "NewAgreement", "AgreementPatch" -> body.putAll(Map.of("title", "Fuzz agreement", "kind", "MOU", "signedOn",
                        "2025-03-27", "startsOn", "2025-03-27", "partnerIds", List.of(ids.get("partners")), "areas", List.of("TOURISM")));
                case "NewCommitment" -> body.putAll(Map.of("description", "Fuzz", "area", "TOURISM", "dueOn", "2026-01-01"));
                case "CommitmentTransition" -> body.putAll(Map.of("to", "IN_PROGRESS", "note", "fuzz"));
                case "NewMeeting" -> body.putAll(Map.of("heldOn", "2025-03-27", "kind", "VISIT", "attendees", 3));
                case "AgreementTermination" -> body.put("reason", "fuzz");
                case "ProgrammeAgreementLink" -> body.put("agreementId", ids.get("agreements"));
                case "ContractVerification" -> body.putAll(Map.of("status", "VERIFIED", "evidenceKind", "EXPORT_DECLARATION",
                        "evidenceReference", "ED-fuzz"));
                default -> {
                    return generic;
                }
            }
            return MAPPER.valueToTree(body);
        }
    }
}

package org.pavilion.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pavilion.support.Fixtures.uniqueSubject;
import static org.pavilion.support.ProgrammeFixtures.aProgramme;
import static org.pavilion.support.ProgrammeFixtures.aSelectedParticipation;
import static org.pavilion.support.ProgrammeFixtures.aVerifiedCompanyOf;
import static org.pavilion.support.ProgrammeFixtures.anAllocation;
import static org.pavilion.support.ProgrammeFixtures.disburse;
import static org.pavilion.support.ProgrammeFixtures.today;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Fixtures;
import org.pavilion.support.OutcomeFixtures;
import org.pavilion.support.Tokens;
import org.pavilion.support.VoucherFixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation of the served OpenAPI document, called by every kind of caller. The table below
 * states which roles may perform each operation; an operation missing from it fails the test, so a
 * new endpoint cannot ship without its access rule. Expected: no token, an expired token and a token
 * from another key are 401; a role outside the operation's set is 403 (before any lookup, whatever the
 * id); a role inside it is never 401, 403 or 5xx. The last column is an SME of another company, calling
 * every operation on the real resources of one company (its participation, allocation, disbursement,
 * outcome, voucher application, voucher and claim): every one of them is 404 (or 403 where SMEs may
 * not act at all), and no answer carries any of that company's ids.
 */
@QuarkusTest
class AccessMatrixTest {

    /** Every role of the contract: each is a caller of every operation. */
    private static final Set<String> ROLES = Set.of("officer", "finance", "admin", "sme", "reviewer");
    /** Any role: reads of shared reference data, and applications that a reviewer on the panel may see. */
    private static final Set<String> ANY = ROLES;
    private static final Set<String> ALL = Set.of("officer", "finance", "admin", "sme");
    private static final Set<String> REVIEWERS = Set.of("officer", "admin", "reviewer");
    private static final Set<String> STAFF = Set.of("officer", "finance", "admin");
    private static final Set<String> OFFICERS = Set.of("officer", "admin");
    private static final Set<String> OFFICERS_AND_SME = Set.of("officer", "admin", "sme");
    private static final Set<String> FINANCE = Set.of("finance", "admin");
    private static final Set<String> ADMINS = Set.of("admin");

    /** Operation ("METHOD path") to the roles that may perform it. */
    static final Map<String, Set<String>> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("GET /api/v1/me", ANY);
        MATRIX.put("POST /api/v1/companies", OFFICERS_AND_SME);
        MATRIX.put("GET /api/v1/companies", ALL);
        MATRIX.put("GET /api/v1/companies/{id}", ANY);
        MATRIX.put("PATCH /api/v1/companies/{id}", OFFICERS_AND_SME);
        MATRIX.put("GET /api/v1/companies/{id}/members", ALL);
        MATRIX.put("POST /api/v1/companies/{id}/members", OFFICERS);
        MATRIX.put("DELETE /api/v1/companies/{id}/members/{subject}", OFFICERS);
        MATRIX.put("POST /api/v1/fairs", OFFICERS);
        MATRIX.put("GET /api/v1/fairs", ANY);
        MATRIX.put("GET /api/v1/fairs/{id}", ANY);
        MATRIX.put("PATCH /api/v1/fairs/{id}", OFFICERS);
        MATRIX.put("POST /api/v1/programmes", OFFICERS);
        MATRIX.put("GET /api/v1/programmes", ANY);
        MATRIX.put("GET /api/v1/programmes/{id}", ANY);
        MATRIX.put("PUT /api/v1/programmes/{id}/per-company-cap", OFFICERS);
        MATRIX.put("GET /api/v1/programmes/{id}/per-company-cap/history", ANY);
        MATRIX.put("PUT /api/v1/programmes/{id}/budget", Set.of("officer", "finance", "admin"));
        MATRIX.put("POST /api/v1/programmes/{id}/participations", OFFICERS_AND_SME);
        MATRIX.put("GET /api/v1/programmes/{id}/participations", ANY);
        MATRIX.put("GET /api/v1/participations/{id}", ANY);
        MATRIX.put("POST /api/v1/participations/{id}/transitions", OFFICERS_AND_SME);
        MATRIX.put("POST /api/v1/participations/{id}/allocations", OFFICERS);
        MATRIX.put("GET /api/v1/participations/{id}/allocations", ALL);
        MATRIX.put("GET /api/v1/allocations/{id}", ALL);
        MATRIX.put("POST /api/v1/allocations/{id}/cancel", OFFICERS);
        MATRIX.put("GET /api/v1/allocations/{id}/disbursements", ALL);
        MATRIX.put("POST /api/v1/allocations/{id}/disbursements", FINANCE);
        MATRIX.put("GET /api/v1/disbursements/{id}", ALL);
        MATRIX.put("POST /api/v1/participations/{id}/outcomes", OFFICERS_AND_SME);
        MATRIX.put("GET /api/v1/outcomes/{id}", ALL);
        MATRIX.put("PATCH /api/v1/outcomes/{id}", OFFICERS_AND_SME);
        MATRIX.put("GET /api/v1/programmes/{id}/outcomes", ALL);
        MATRIX.put("POST /api/v1/programmes/{id}/outcomes/import", OFFICERS);
        MATRIX.put("PUT /api/v1/fx-rates/{currency}/{date}", FINANCE);
        MATRIX.put("GET /api/v1/fx-rates", ANY);
        MATRIX.put("POST /api/v1/fx-rates/import", FINANCE);
        MATRIX.put("GET /api/v1/reports/programmes/{id}", STAFF);
        MATRIX.put("GET /api/v1/reports/outcomes", STAFF);
        MATRIX.put("POST /api/v1/voucher-programmes", OFFICERS);
        MATRIX.put("GET /api/v1/voucher-programmes", ANY);
        MATRIX.put("GET /api/v1/voucher-programmes/{id}", ANY);
        MATRIX.put("POST /api/v1/voucher-programmes/{id}/applications", OFFICERS_AND_SME);
        MATRIX.put("GET /api/v1/voucher-applications", ANY);
        MATRIX.put("GET /api/v1/voucher-applications/{id}", ANY);
        MATRIX.put("POST /api/v1/voucher-applications/{id}/withdraw", OFFICERS_AND_SME);
        MATRIX.put("POST /api/v1/voucher-applications/{id}/decision", OFFICERS);
        MATRIX.put("GET /api/v1/vouchers", ALL);
        MATRIX.put("GET /api/v1/vouchers/{id}", ALL);
        MATRIX.put("POST /api/v1/vouchers/{id}/claims", OFFICERS_AND_SME);
        MATRIX.put("GET /api/v1/vouchers/{id}/claims", ALL);
        MATRIX.put("GET /api/v1/claims/{id}", ALL);
        MATRIX.put("POST /api/v1/claims/{id}/decision", OFFICERS);
        MATRIX.put("POST /api/v1/claims/{id}/payment", FINANCE);
        MATRIX.put("GET /api/v1/audit-events", STAFF);
        for (String call : List.of("/api/v1/programmes/{id}", "/api/v1/voucher-programmes/{id}")) {
            MATRIX.put("PUT " + call + "/selection", OFFICERS);
            MATRIX.put("GET " + call + "/selection", REVIEWERS);
            MATRIX.put("POST " + call + "/reviewers", OFFICERS);
            MATRIX.put("GET " + call + "/reviewers", OFFICERS);
            MATRIX.put("DELETE " + call + "/reviewers/{subject}", OFFICERS);
            MATRIX.put("GET " + call + "/ranking", OFFICERS);
        }
        MATRIX.put("PUT /api/v1/programmes/{id}/follow-up-schedule", OFFICERS);
        MATRIX.put("GET /api/v1/programmes/{id}/follow-up-schedule", ALL);
        MATRIX.put("GET /api/v1/participations/{id}/follow-ups", ALL);
        MATRIX.put("POST /api/v1/participations/{id}/follow-ups/{month}", OFFICERS_AND_SME);
        MATRIX.put("GET /api/v1/follow-ups", ALL);
        MATRIX.put("POST /api/v1/outcomes/{id}/verification", OFFICERS);
        MATRIX.put("GET /api/v1/reports/effectiveness", STAFF);
        for (String owner : List.of("claims", "outcomes", "companies", "participations")) {
            MATRIX.put("POST /api/v1/" + owner + "/{id}/documents", OFFICERS_AND_SME);
            MATRIX.put("GET /api/v1/" + owner + "/{id}/documents", ALL);
        }
        MATRIX.put("GET /api/v1/documents/{id}", ALL);
        MATRIX.put("GET /api/v1/documents/{id}/content", ALL);
        MATRIX.put("DELETE /api/v1/documents/{id}", OFFICERS_AND_SME);
        MATRIX.put("POST /api/v1/programmes/{id}/selection-decision", OFFICERS);
        MATRIX.put("GET /api/v1/programmes/{id}/selection-decisions", OFFICERS);
        for (String application : List.of("/api/v1/participations/{id}", "/api/v1/voucher-applications/{id}")) {
            MATRIX.put("POST " + application + "/reviews", REVIEWERS);
            MATRIX.put("GET " + application + "/reviews", REVIEWERS);
        }
        MATRIX.put("POST /api/v1/webhooks", ADMINS);
        MATRIX.put("GET /api/v1/webhooks", ADMINS);
        MATRIX.put("GET /api/v1/webhooks/{id}", ADMINS);
        MATRIX.put("DELETE /api/v1/webhooks/{id}", ADMINS);
        MATRIX.put("GET /api/v1/webhooks/{id}/deliveries", ADMINS);
        MATRIX.put("POST /api/v1/webhooks/{id}/deliveries/{eventId}/redeliver", ADMINS);
        MATRIX.put("POST /api/v1/partners", OFFICERS);
        MATRIX.put("GET /api/v1/partners", STAFF);
        MATRIX.put("GET /api/v1/partners/{id}", STAFF);
        MATRIX.put("PATCH /api/v1/partners/{id}", OFFICERS);
        MATRIX.put("POST /api/v1/agreements", OFFICERS);
        MATRIX.put("GET /api/v1/agreements", STAFF);
        MATRIX.put("GET /api/v1/agreements/{id}", STAFF);
        MATRIX.put("PATCH /api/v1/agreements/{id}", OFFICERS);
        MATRIX.put("POST /api/v1/agreements/{id}/terminate", OFFICERS);
        MATRIX.put("POST /api/v1/agreements/{id}/commitments", OFFICERS);
        MATRIX.put("GET /api/v1/agreements/{id}/commitments", STAFF);
        MATRIX.put("GET /api/v1/commitments/{id}", STAFF);
        MATRIX.put("POST /api/v1/commitments/{id}/transitions", OFFICERS);
        MATRIX.put("POST /api/v1/agreements/{id}/meetings", OFFICERS);
        MATRIX.put("GET /api/v1/agreements/{id}/meetings", STAFF);
        MATRIX.put("GET /api/v1/meetings/{id}", STAFF);
        MATRIX.put("GET /api/v1/reports/agreements", STAFF);
        MATRIX.put("PUT /api/v1/programmes/{id}/agreement", OFFICERS);
    }

    record Call(String operation, String caller, int status) {
    }

    @Test
    void theRolesPublishedForEachOperationAreTheOnesTheServiceEnforces() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        List<String> mismatches = new ArrayList<>();
        MATRIX.forEach((operation, roles) -> {
            String[] parts = operation.split(" ", 2);
            JsonNode op = document.path("paths").path(parts[1]).path(parts[0].toLowerCase());
            Set<String> published = new TreeSet<>();
            op.path("x-roles").forEach(r -> published.add(r.asText()));
            if (!published.equals(new TreeSet<>(roles))) {
                mismatches.add(operation + ": published " + published + ", enforced " + new TreeSet<>(roles));
            }
            if (!op.path("description").asText().contains("Roles: ")) {
                mismatches.add(operation + ": its description does not state its roles");
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        Set<String> served = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next().toUpperCase();
                if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    served.add(method + " " + path.getKey());
                }
            }
        }
        assertThat(MATRIX.keySet()).as("every served operation has an access rule, and every rule an operation")
                .containsExactlyInAnyOrderElementsOf(served);

        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("no token", null);
        callers.put("expired token", Tokens.expired("officer-kim", "officer", "finance", "admin"));
        callers.put("token from another key", Tokens.signedByAnotherKey("officer-kim", "admin"));
        callers.put("token from another issuer", Tokens.fromAnotherIssuer("officer-kim", "admin"));
        for (String role : ROLES) {
            callers.put(role, Tokens.forUser("matrix-" + role, role));
        }

        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, Set<String>> rule : MATRIX.entrySet()) {
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                int status = call(rule.getKey(), caller.getValue());
                calls++;
                boolean authenticated = ROLES.contains(caller.getKey());
                String expectation;
                boolean ok;
                if (!authenticated) {
                    expectation = "401";
                    ok = status == 401;
                } else if (!rule.getValue().contains(caller.getKey())) {
                    expectation = "403";
                    ok = status == 403;
                } else {
                    expectation = "allowed (not 401/403/5xx)";
                    ok = status != 401 && status != 403 && status < 500;
                }
                if (!ok) {
                    failures.add(rule.getKey() + " as " + caller.getKey() + ": expected " + expectation + ", got " + status);
                }
            }
        }
        assertThat(failures).as(calls + " calls").isEmpty();
    }

    /** The id each path root names, for the company whose data the stranger must not reach. */
    private static Map<String, String> ownersResources(String owner) {
        String company = aVerifiedCompanyOf(owner);
        String programme = aProgramme().create();
        String participation = aSelectedParticipation(programme, company);
        String allocation = anAllocation(participation, 1_000_000);
        String disbursement = disburse(allocation, 500_000).then().statusCode(201).extract().path("id");
        String outcome = OutcomeFixtures.record(participation,
                OutcomeFixtures.anOutcome("CONSULTATION", "5000.00", "USD", today().toString(), "OPEN"));
        String voucherProgramme = VoucherFixtures.programme(100_000_000, 10_000_000);
        String application = VoucherFixtures.apply(Tokens.sme(owner), voucherProgramme, company, 2_000_000).statusCode(201)
                .extract().path("id");
        String voucher = VoucherFixtures.decide(application, true, 2_000_000).statusCode(200).extract().path("voucherId");
        String claim = VoucherFixtures.claim(Tokens.sme(owner), voucher,
                VoucherFixtures.aClaim("SHIPPING", "1000", "KRW", today().toString())).statusCode(201).extract().path("id");
        String document = VoucherFixtures.attachInvoice(Tokens.sme(owner), claim, VoucherFixtures.aPdf("owner's invoice " + claim))
                .statusCode(201).extract().path("id");
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("/api/v1/documents/", document);
        ids.put("/api/v1/companies/", company);
        ids.put("/api/v1/participations/", participation);
        ids.put("/api/v1/allocations/", allocation);
        ids.put("/api/v1/disbursements/", disbursement);
        ids.put("/api/v1/outcomes/", outcome);
        ids.put("/api/v1/voucher-applications/", application);
        ids.put("/api/v1/vouchers/", voucher);
        ids.put("/api/v1/claims/", claim);
        // Shared resources: anyone may read them, but not use them for this company.
        ids.put("/api/v1/programmes/", programme);
        ids.put("/api/v1/reports/programmes/", programme);
        ids.put("/api/v1/voucher-programmes/", voucherProgramme);
        return ids;
    }

    /** Operations on a programme anyone may read, whose body names the company: theirs only. */
    private static final Set<String> ACTS_FOR_THE_COMPANY_ON_A_SHARED_RESOURCE = Set.of(
            "POST /api/v1/programmes/{id}/participations", "POST /api/v1/voucher-programmes/{id}/applications");

    /** A body that would be accepted if the stranger owned the resource, so only ownership can refuse it. */
    private static String validBodyFor(String operation, String company) throws Exception {
        Map<String, Object> body = switch (operation) {
            case "PATCH /api/v1/companies/{id}" -> Map.of("nameEn", "Taken over");
            case "POST /api/v1/companies/{id}/members" -> Map.of("subject", "intruder");
            case "POST /api/v1/participations/{id}/transitions" -> Map.of("to", "WITHDRAWN", "reason", "not mine");
            case "POST /api/v1/participations/{id}/outcomes" ->
                OutcomeFixtures.anOutcome("CONSULTATION", "1.00", "USD", today().toString(), "OPEN");
            case "PATCH /api/v1/outcomes/{id}" -> Map.of("status", "FOLLOW_UP");
            case "POST /api/v1/voucher-applications/{id}/withdraw" -> Map.of("reason", "not mine");
            case "POST /api/v1/participations/{id}/follow-ups/{month}" -> Map.of("note", "not mine");
            case "POST /api/v1/vouchers/{id}/claims" -> VoucherFixtures.aClaim("SHIPPING", "1000", "KRW", today().toString());
            case "POST /api/v1/programmes/{id}/participations" -> Map.of("companyId", company);
            case "POST /api/v1/voucher-programmes/{id}/applications" ->
                Map.of("companyId", company, "requested", Fixtures.money("1000", "KRW"), "plan", "Paris");
            default -> Map.of();
        };
        return new ObjectMapper().writeValueAsString(body);
    }

    @Test
    void anSmeOfAnotherCompanyGets404ForEveryOneOfItsResourcesAndNeverSeesItsIds() throws Exception {
        String owner = uniqueSubject("sme-owner");
        String stranger = uniqueSubject("sme-stranger");
        aVerifiedCompanyOf(stranger);
        Map<String, String> ids = ownersResources(owner);
        String company = ids.get("/api/v1/companies/");
        Set<String> shared = Set.of("/api/v1/programmes/", "/api/v1/reports/programmes/", "/api/v1/voucher-programmes/");
        Set<String> privateIds = new TreeSet<>();
        ids.forEach((root, id) -> {
            if (!shared.contains(root)) {
                privateIds.add(id);
            }
        });

        List<String> failures = new ArrayList<>();
        Map<String, Integer> byExpectation = new TreeMap<>();
        int calls = 0;
        for (Map.Entry<String, Set<String>> rule : MATRIX.entrySet()) {
            String[] parts = rule.getKey().split(" ", 2);
            String root = ids.keySet().stream().filter(r -> parts[1].startsWith(r) && parts[1].contains("{id}")).findFirst()
                    .orElse(null);
            String path = parts[1].replace("{currency}", "USD").replace("{date}", "2030-01-01").replace("{subject}", owner).replace("{month}", "0").replace("{eventId}", UUID.randomUUID().toString())
                    .replace("{id}", root == null ? UUID.randomUUID().toString() : ids.get(root));
            RequestSpecification request = given().auth().oauth2(Tokens.sme(stranger));
            if (path.endsWith("/import")) {
                request = request.contentType("text/csv").body("x\n");
            } else if (path.endsWith("/documents") && parts[0].equals("POST")) {
                // A real file, so that only ownership can refuse it.
                request = request.contentType("application/pdf").header("Content-Disposition", "attachment; filename=\"x.pdf\"")
                        .body(VoucherFixtures.aPdf("stranger")).queryParam("kind", "OTHER");
            } else if (!parts[0].equals("GET") && !parts[0].equals("DELETE")) {
                request = request.contentType("application/json").body(validBodyFor(rule.getKey(), company));
            }
            Response response = request.request(parts[0], path);
            calls++;
            int status = response.statusCode();
            boolean ownedByTheCompany = root != null
                    && (!shared.contains(root) || ACTS_FOR_THE_COMPANY_ON_A_SHARED_RESOURCE.contains(rule.getKey()));
            String expectation;
            boolean ok;
            if (!rule.getValue().contains("sme")) {
                expectation = "403";
                ok = status == 403;
            } else if (ownedByTheCompany) {
                expectation = "404";
                ok = status == 404;
            } else {
                expectation = "allowed (not 401/403/5xx)";
                ok = status != 401 && status != 403 && status < 500;
            }
            byExpectation.merge(expectation, 1, Integer::sum);
            // The problem's "instance" repeats the path the stranger sent; anything else would be a leak.
            String answer = response.asString().replace(path, "");
            String leaked = privateIds.stream().filter(answer::contains).findFirst().orElse(null);
            if (!ok || leaked != null) {
                failures.add(rule.getKey() + " as an SME of another company: expected " + expectation + ", got " + status
                        + (leaked == null ? "" : ", and the answer carries " + leaked));
            }
        }
        assertThat(failures).as(calls + " calls").isEmpty();
        System.out.println("AccessMatrixTest, SME of another company: " + calls + " calls " + byExpectation + ", 0 leaks");
        given().auth().oauth2(Tokens.sme(owner)).get("/api/v1/claims/" + ids.get("/api/v1/claims/")).then().statusCode(200);
    }

    private static int call(String operation, String token) {
        String[] parts = operation.split(" ", 2);
        String path = parts[1].replace("{currency}", "USD").replace("{date}", "2030-01-01").replace("{subject}", "someone").replace("{month}", "0")
                .replaceAll("\\{[a-zA-Z]+\\}", UUID.randomUUID().toString());
        RequestSpecification request = given();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (path.endsWith("/import")) {
            request = request.contentType("text/csv").body("x\n");
        } else if (!parts[0].equals("GET") && !parts[0].equals("DELETE")) {
            request = request.contentType("application/json").body("{}");
        }
        Response response = request.request(parts[0], path);
        return response.statusCode();
    }
}

package org.pavilion.support;

import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.Fixtures.money;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

/** Fairs, programmes and participations arranged through the API. */
public final class ProgrammeFixtures {

    private ProgrammeFixtures() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Seoul"));
    }

    public static Map<String, Object> aFair() {
        Map<String, Object> fair = new HashMap<>();
        fair.put("name", "MWC Barcelona 2025");
        fair.put("series", "MWC Barcelona");
        fair.put("organiser", "GSMA");
        fair.put("city", "Barcelona");
        fair.put("country", "ES");
        fair.put("venue", "Fira Gran Via");
        fair.put("startsOn", "2025-03-03");
        fair.put("endsOn", "2025-03-06");
        fair.put("sectors", List.of("Smart healthcare", "Intelligent mobility", "Data security"));
        fair.put("website", "https://www.mwcbarcelona.com");
        return fair;
    }

    public static String aFairId() {
        return as(Tokens.officer()).body(aFair()).post("/api/v1/fairs").then().statusCode(201).extract().path("id");
    }

    /** A programme builder in the fixture vocabulary: {@code aProgramme().withBudget(100_000_000).create()}. */
    public static ProgrammeBuilder aProgramme() {
        return new ProgrammeBuilder();
    }

    public static final class ProgrammeBuilder {
        private long budget = 500_000_000L;
        private long cap = 12_000_000L;
        private LocalDate opens = today().minusDays(10);
        private LocalDate closes = today().plusDays(10);
        private List<String> categories = new ArrayList<>(List.of("EXHIBITION_FEE", "PRODUCT_TRANSPORT", "INTERPRETATION",
                "BUYER_MATCHMAKING"));

        public ProgrammeBuilder withBudget(long won) {
            this.budget = won;
            return this;
        }

        public ProgrammeBuilder withCap(long won) {
            this.cap = won;
            return this;
        }

        public ProgrammeBuilder withWindow(LocalDate opens, LocalDate closes) {
            this.opens = opens;
            this.closes = closes;
            return this;
        }

        public ProgrammeBuilder offering(String... categories) {
            this.categories = List.of(categories);
            return this;
        }

        public Map<String, Object> body() {
            Map<String, Object> body = new HashMap<>();
            body.put("name", "Gyeonggi Pavilion " + System.nanoTime());
            body.put("kind", "TRADE_MISSION");
            body.put("agency", "Gyeonggi Province");
            body.put("budget", money(Long.toString(budget), "KRW"));
            body.put("perCompanyCap", money(Long.toString(cap), "KRW"));
            body.put("targetCompanies", 26);
            body.put("applicationOpensOn", opens.toString());
            body.put("applicationClosesOn", closes.toString());
            body.put("supportCategories", categories);
            return body;
        }

        public String create() {
            return as(Tokens.officer()).body(body()).post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        }
    }

    /** An officer registers a verified company: SELECTED. Answers the participation id. */
    public static String aSelectedParticipation(String programmeId, String companyId) {
        return as(Tokens.officer()).body(Map.of("companyId", companyId))
                .post("/api/v1/programmes/" + programmeId + "/participations").then().statusCode(201).extract().path("id");
    }

    public static String aSelectedParticipation(String programmeId) {
        return aSelectedParticipation(programmeId, Fixtures.aVerifiedCompany());
    }

    public static Response allocate(String participationId, String category, long won) {
        return as(Tokens.officer()).body(Map.of("category", category, "amount", money(Long.toString(won), "KRW")))
                .post("/api/v1/participations/" + participationId + "/allocations");
    }

    public static String anAllocation(String participationId, long won) {
        return allocate(participationId, "EXHIBITION_FEE", won).then().statusCode(201).extract().path("id");
    }

    public static Response disburse(String allocationId, long won) {
        return as(Tokens.finance()).body(Map.of("amount", money(Long.toString(won), "KRW"), "paidOn", today().toString(),
                "reference", "TR-" + System.nanoTime())).post("/api/v1/allocations/" + allocationId + "/disbursements");
    }

    /** A verified company that this SME is a member of. */
    public static String aVerifiedCompanyOf(String smeSubject) {
        String id = Fixtures.aCompanyOf(smeSubject);
        as(Tokens.officer()).body(Map.of("status", "VERIFIED")).patch("/api/v1/companies/" + id).then().statusCode(200);
        return id;
    }
}

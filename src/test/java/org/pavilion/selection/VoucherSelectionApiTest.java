package org.pavilion.selection;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.pavilion.support.Fixtures.aCompany;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.Fixtures.money;
import static org.pavilion.support.Fixtures.uniqueSubject;
import static org.pavilion.support.ProgrammeFixtures.aVerifiedCompanyOf;
import static org.pavilion.support.SelectionFixtures.aReviewerOn;
import static org.pavilion.support.SelectionFixtures.configure;
import static org.pavilion.support.SelectionFixtures.criteria;
import static org.pavilion.support.SelectionFixtures.review;
import static org.pavilion.support.SelectionFixtures.scores;
import static org.pavilion.support.SelectionFixtures.settings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;
import org.pavilion.support.VoucherFixtures;

import io.quarkus.test.junit.QuarkusTest;

/** Selection on voucher programmes: reviews and ranking (decisions stay per application), stages and share tiers. */
@QuarkusTest
class VoucherSelectionApiTest {

    static final String VP = "voucher-programmes";
    static final String VA = "voucher-applications";

    static String anApplication(String programme) {
        String sme = uniqueSubject("sme");
        return VoucherFixtures.apply(Tokens.sme(sme), programme, aVerifiedCompanyOf(sme), 5_000_000).statusCode(201)
                .extract().path("id");
    }

    @Test
    void voucherApplicationsAreReviewedAndRankedAndAReviewerSeesOnlyItsPanelsApplications() {
        String programme = VoucherFixtures.programme(500_000_000, 20_000_000);
        configure(VP, programme, settings(3, 1, criteria("plan", "1"))).statusCode(200).body("seats", equalTo(3));
        String weaker = anApplication(programme);
        String stronger = anApplication(programme);
        String elsewhere = anApplication(VoucherFixtures.programme(500_000_000, 20_000_000));
        String reviewer = aReviewerOn(VP, programme);

        as(reviewer).get("/api/v1/voucher-programmes/" + programme + "/selection").then().statusCode(200);
        as(reviewer).get("/api/v1/voucher-applications/" + weaker).then().statusCode(200);
        as(reviewer).get("/api/v1/voucher-applications/" + elsewhere).then().statusCode(404);
        as(reviewer).get("/api/v1/voucher-applications").then().statusCode(200).body("items.id", contains(weaker, stronger));
        review(reviewer, VA, elsewhere, scores("plan", 90)).statusCode(404);

        review(reviewer, VA, weaker, scores("plan", 61)).statusCode(201).body("weightedScore", equalTo("61.00"));
        review(reviewer, VA, stronger, scores("plan", 88)).statusCode(201);
        as(Tokens.officer()).get("/api/v1/voucher-programmes/" + programme + "/ranking").then().statusCode(200)
                .body("seats", equalTo(3)).body("items.applicationId", contains(stronger, weaker))
                .body("items.score", contains("88.00", "61.00"));
        as(Tokens.officer()).get("/api/v1/voucher-applications/" + stronger + "/reviews").then().body("items", hasSize(1));
        as(reviewer).get("/api/v1/voucher-programmes/" + programme + "/reviewers").then().statusCode(403);

        VoucherFixtures.decide(stronger, true, 5_000_000).statusCode(200);
        review(Tokens.officer(), VA, stronger, scores("plan", 50)).statusCode(409);
        as(Tokens.officer()).get("/api/v1/voucher-programmes/" + programme + "/ranking").then()
                .body("items.applicationId", contains(weaker));
    }

    @Test
    void aProgrammeForSomeExportStagesRefusesOthers() {
        Map<String, Object> body = VoucherFixtures.aVoucherProgramme(500_000_000, 20_000_000);
        body.put("eligibleExportStages", List.of("GLOBAL"));
        String programme = as(Tokens.officer()).body(body).post("/api/v1/voucher-programmes").then().statusCode(201)
                .body("eligibleExportStages", contains("GLOBAL")).extract().path("id");
        String sme = uniqueSubject("sme");
        VoucherFixtures.apply(Tokens.sme(sme), programme, aVerifiedCompanyOf(sme), 1_000_000).statusCode(422)
                .body("type", containsString("company-not-eligible"));
    }

    /** A company with this annual revenue (null: none given), verified. */
    static String companyWithRevenue(String won) {
        Map<String, Object> company = new HashMap<>(aCompany());
        if (won == null) {
            company.remove("annualRevenue");
        } else {
            company.put("annualRevenue", money(won, "KRW"));
        }
        return as(Tokens.officer()).body(company).post("/api/v1/companies").then().statusCode(201).extract().path("id");
    }

    @Test
    void theVoucherShareIsFixedAtApprovalFromTheRevenueTier() {
        Map<String, Object> body = VoucherFixtures.aVoucherProgramme(500_000_000, 20_000_000);
        body.put("shareTiers", List.of(
                Map.of("revenueBelow", money("1000000000", "KRW"), "governmentShare", "0.80"),
                Map.of("revenueBelow", money("5000000000", "KRW"), "governmentShare", "0.70"),
                new HashMap<>(Map.of("governmentShare", "0.50"))));
        String programme = as(Tokens.officer()).body(body).post("/api/v1/voucher-programmes").then().statusCode(201)
                .body("shareTiers.governmentShare", contains("0.80", "0.70", "0.50"))
                .body("shareTiers[0].revenueBelow.amount", equalTo("1000000000")).extract().path("id");
        String[][] cases = { { "0", "0.80" }, { "999999999", "0.80" }, { "1000000000", "0.70" }, { "3200000000", "0.70" },
                { "5000000000", "0.50" }, { null, "0.50" } };
        for (String[] c : cases) {
            String application = VoucherFixtures.apply(Tokens.officer(), programme, companyWithRevenue(c[0]), 1_000_000)
                    .statusCode(201).extract().path("id");
            String voucher = VoucherFixtures.decide(application, true, 1_000_000).statusCode(200).extract().path("voucherId");
            as(Tokens.officer()).get("/api/v1/vouchers/" + voucher).then().statusCode(200)
                    .body("governmentShare", equalTo(c[1]));
        }
    }

    @Test
    void shareTiersMustAscendAndEndUnbounded() {
        List<List<Map<String, Object>>> bad = List.of(
                List.of(Map.of("revenueBelow", money("1000", "KRW"), "governmentShare", "0.80")),
                List.of(new HashMap<>(Map.of("governmentShare", "0.80")), new HashMap<>(Map.of("governmentShare", "0.70"))),
                List.of(Map.of("revenueBelow", money("5000", "KRW"), "governmentShare", "0.80"),
                        Map.of("revenueBelow", money("1000", "KRW"), "governmentShare", "0.70"),
                        new HashMap<>(Map.of("governmentShare", "0.50"))),
                List.of(new HashMap<>(Map.of("governmentShare", "0"))),
                List.of(new HashMap<>(Map.of("governmentShare", "1.5"))),
                List.of(Map.of("revenueBelow", money("1000", "USD"), "governmentShare", "0.80"),
                        new HashMap<>(Map.of("governmentShare", "0.50"))));
        for (List<Map<String, Object>> tiers : bad) {
            Map<String, Object> body = VoucherFixtures.aVoucherProgramme(500_000_000, 20_000_000);
            body.put("shareTiers", tiers);
            as(Tokens.officer()).body(body).post("/api/v1/voucher-programmes").then().statusCode(400);
        }
    }
}

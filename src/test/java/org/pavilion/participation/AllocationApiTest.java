package org.pavilion.participation;

import static org.hamcrest.Matchers.equalTo;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.Fixtures.money;
import static org.pavilion.support.Fixtures.uniqueSubject;
import static org.pavilion.support.ProgrammeFixtures.aProgramme;
import static org.pavilion.support.ProgrammeFixtures.aSelectedParticipation;
import static org.pavilion.support.ProgrammeFixtures.aVerifiedCompanyOf;
import static org.pavilion.support.ProgrammeFixtures.allocate;
import static org.pavilion.support.ProgrammeFixtures.anAllocation;
import static org.pavilion.support.ProgrammeFixtures.disburse;
import static org.pavilion.support.ProgrammeFixtures.today;

import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class AllocationApiTest {

    private static final String BUDGET_EXCEEDED = "https://pavilion.example/problems/budget-exceeded";
    private static final String CAP_EXCEEDED = "https://pavilion.example/problems/cap-exceeded";

    static ValidatableResponse summaryOf(String programme) {
        return as(Tokens.finance()).get("/api/v1/programmes/" + programme).then().statusCode(200);
    }

    @Nested
    class Allocating {

        @Test
        void anAllocationCountsAgainstTheLiveBudgetSummary() {
            String programme = aProgramme().withBudget(100_000_000).create();
            String participation = aSelectedParticipation(programme);
            allocate(participation, "INTERPRETATION", 4_000_000).then().statusCode(201)
                    .body("amount.amount", equalTo("4000000")).body("undisbursed.amount", equalTo("4000000"))
                    .body("status", equalTo("ACTIVE"));
            summaryOf(programme).body("budgetSummary.allocated.amount", equalTo("4000000"))
                    .body("budgetSummary.remaining.amount", equalTo("96000000"));
            as(Tokens.officer()).get("/api/v1/participations/" + participation).then()
                    .body("allocated.amount", equalTo("4000000"));
        }

        @Test
        void onlySelectedConfirmedOrAttendedParticipationsReceiveSupport() {
            String sme = uniqueSubject("sme");
            String programme = aProgramme().create();
            String applied = as(Tokens.sme(sme)).body(Map.of("companyId", aVerifiedCompanyOf(sme)))
                    .post("/api/v1/programmes/" + programme + "/participations").then().statusCode(201).extract().path("id");
            allocate(applied, "EXHIBITION_FEE", 1_000_000).then().statusCode(409);
        }

        @Test
        void aCategoryTheProgrammeDoesNotOfferIsRefused() {
            String participation = aSelectedParticipation(aProgramme().offering("EXHIBITION_FEE").create());
            allocate(participation, "LOCAL_STAY", 1_000_000).then().statusCode(422)
                    .body("type", equalTo("https://pavilion.example/problems/category-not-eligible"));
        }

        @Test
        void rejectsAllocationBeyondTheCompanyCap() {
            String participation = aSelectedParticipation(aProgramme().withCap(8_000_000).create());
            allocate(participation, "EXHIBITION_FEE", 5_000_000).then().statusCode(201);
            allocate(participation, "INTERPRETATION", 3_000_001).then().statusCode(422).body("type", equalTo(CAP_EXCEEDED));
            allocate(participation, "INTERPRETATION", 3_000_000).then().statusCode(201);
        }

        @Test
        void aRaisedCapGovernsAllocationsFromItsDateAndEarlierAllocationsStand() {
            String programme = aProgramme().withCap(8_000_000).create();
            String participation = aSelectedParticipation(programme);
            allocate(participation, "EXHIBITION_FEE", 8_000_000).then().statusCode(201);
            allocate(participation, "INTERPRETATION", 4_000_000).then().statusCode(422).body("type", equalTo(CAP_EXCEEDED));
            as(Tokens.officer()).body(Map.of("cap", money("12000000", "KRW"), "effectiveFrom", today().toString(),
                    "reason", "Exchange-rate and price pressure")).put("/api/v1/programmes/" + programme + "/per-company-cap")
                    .then().statusCode(200);
            allocate(participation, "INTERPRETATION", 4_000_000).then().statusCode(201);
            // Lowering the cap leaves what was allocated standing, and blocks new allocations.
            as(Tokens.officer()).body(Map.of("cap", money("6000000", "KRW"), "effectiveFrom", today().toString(),
                    "reason", "Budget review")).put("/api/v1/programmes/" + programme + "/per-company-cap").then().statusCode(200);
            allocate(participation, "INTERPRETATION", 1).then().statusCode(422).body("type", equalTo(CAP_EXCEEDED));
            summaryOf(programme).body("budgetSummary.allocated.amount", equalTo("12000000"));
        }

        @Test
        void rejectsAllocationBeyondTheProgrammeBudget() {
            String programme = aProgramme().withBudget(20_000_000).withCap(12_000_000).create();
            allocate(aSelectedParticipation(programme), "EXHIBITION_FEE", 12_000_000).then().statusCode(201);
            allocate(aSelectedParticipation(programme), "EXHIBITION_FEE", 8_000_001).then().statusCode(422)
                    .body("type", equalTo(BUDGET_EXCEEDED));
            summaryOf(programme).body("budgetSummary.remaining.amount", equalTo("8000000"));
        }

        @Test
        void amountsMustBePositiveWholeWon() {
            String participation = aSelectedParticipation(aProgramme().create());
            as(Tokens.officer()).body(Map.of("category", "EXHIBITION_FEE", "amount", money("0", "KRW")))
                    .post("/api/v1/participations/" + participation + "/allocations").then().statusCode(400);
            as(Tokens.officer()).body(Map.of("category", "EXHIBITION_FEE", "amount", money("100.5", "KRW")))
                    .post("/api/v1/participations/" + participation + "/allocations").then().statusCode(400);
            as(Tokens.officer()).body(Map.of("category", "EXHIBITION_FEE", "amount", money("100", "USD")))
                    .post("/api/v1/participations/" + participation + "/allocations").then().statusCode(400);
        }

        @Test
        void financeAndSmesMayNotAllocate() {
            String participation = aSelectedParticipation(aProgramme().create());
            as(Tokens.finance()).body(Map.of("category", "EXHIBITION_FEE", "amount", money("1", "KRW")))
                    .post("/api/v1/participations/" + participation + "/allocations").then().statusCode(403);
        }
    }

    @Nested
    class CancellingAndWithdrawing {

        @Test
        void cancellingReleasesTheUndisbursedRestToTheBudget() {
            String programme = aProgramme().withBudget(100_000_000).create();
            String allocation = anAllocation(aSelectedParticipation(programme), 10_000_000);
            disburse(allocation, 3_000_000).then().statusCode(201);
            as(Tokens.officer()).body(Map.of("reason", "Booth downsized")).post("/api/v1/allocations/" + allocation + "/cancel")
                    .then().statusCode(200).body("status", equalTo("CANCELLED"))
                    .body("amount.amount", equalTo("3000000")).body("undisbursed.amount", equalTo("0"));
            summaryOf(programme).body("budgetSummary.allocated.amount", equalTo("3000000"))
                    .body("budgetSummary.disbursed.amount", equalTo("3000000"))
                    .body("budgetSummary.remaining.amount", equalTo("97000000"));
            as(Tokens.officer()).body(Map.of("reason", "Again")).post("/api/v1/allocations/" + allocation + "/cancel")
                    .then().statusCode(409);
        }

        @Test
        void withdrawingCancelsWhatWasNotYetDisbursed() {
            String programme = aProgramme().withBudget(100_000_000).create();
            String participation = aSelectedParticipation(programme);
            String paidInPart = anAllocation(participation, 6_000_000);
            anAllocation(participation, 4_000_000);
            disburse(paidInPart, 2_000_000).then().statusCode(201);
            ParticipationApiTest.transition(Tokens.officer(), participation, "WITHDRAWN").statusCode(200)
                    .body("allocated.amount", equalTo("2000000"));
            summaryOf(programme).body("budgetSummary.allocated.amount", equalTo("2000000"))
                    .body("budgetSummary.disbursed.amount", equalTo("2000000"));
        }
    }

    @Nested
    class Disbursing {

        @Test
        void financePaysUpToTheUndisbursedRestAndNoMore() {
            String allocation = anAllocation(aSelectedParticipation(aProgramme().create()), 5_000_000);
            disburse(allocation, 3_000_000).then().statusCode(201).body("amount.amount", equalTo("3000000"));
            disburse(allocation, 2_000_001).then().statusCode(422).body("type", equalTo(BUDGET_EXCEEDED));
            disburse(allocation, 2_000_000).then().statusCode(201);
            as(Tokens.officer()).get("/api/v1/allocations/" + allocation + "/disbursements").then().body("total", equalTo(2));
            as(Tokens.officer()).get("/api/v1/allocations/" + allocation).then().body("disbursed.amount", equalTo("5000000"));
        }

        @Test
        void nothingIsPaidAgainstACancelledAllocation() {
            String allocation = anAllocation(aSelectedParticipation(aProgramme().create()), 5_000_000);
            as(Tokens.officer()).body(Map.of("reason", "x")).post("/api/v1/allocations/" + allocation + "/cancel").then()
                    .statusCode(200);
            disburse(allocation, 1).then().statusCode(409);
        }

        @Test
        void officersMayNotDisburse() {
            String allocation = anAllocation(aSelectedParticipation(aProgramme().create()), 5_000_000);
            as(Tokens.officer()).body(Map.of("amount", money("1", "KRW"), "paidOn", "2025-04-01", "reference", "x"))
                    .post("/api/v1/allocations/" + allocation + "/disbursements").then().statusCode(403);
        }

        @Test
        void disbursementsAreAudited() {
            String allocation = anAllocation(aSelectedParticipation(aProgramme().create()), 5_000_000);
            String id = disburse(allocation, 1_000_000).then().statusCode(201).extract().path("id");
            as(Tokens.officer()).queryParam("entityType", "disbursement").queryParam("entityId", id).get("/api/v1/audit-events")
                    .then().body("items[0].after.amount.amount", equalTo("1000000"))
                    .body("items[0].actor.subject", equalTo("finance-lee"));
        }
    }

    @Nested
    class SmeIsolation {

        @Test
        void anSmeReadsItsOwnAllocationsAndDisbursementsButNoOtherCompanys() {
            String sme = uniqueSubject("sme");
            String programme = aProgramme().create();
            String mine = aSelectedParticipation(programme, aVerifiedCompanyOf(sme));
            String myAllocation = anAllocation(mine, 1_000_000);
            String myDisbursement = disburse(myAllocation, 500_000).then().extract().path("id");
            String theirs = anAllocation(aSelectedParticipation(programme), 1_000_000);
            String theirDisbursement = disburse(theirs, 500_000).then().extract().path("id");

            as(Tokens.sme(sme)).get("/api/v1/allocations/" + myAllocation).then().statusCode(200);
            as(Tokens.sme(sme)).get("/api/v1/participations/" + mine + "/allocations").then().body("total", equalTo(1));
            as(Tokens.sme(sme)).get("/api/v1/disbursements/" + myDisbursement).then().statusCode(200);
            as(Tokens.sme(sme)).get("/api/v1/allocations/" + theirs).then().statusCode(404);
            as(Tokens.sme(sme)).get("/api/v1/allocations/" + theirs + "/disbursements").then().statusCode(404);
            as(Tokens.sme(sme)).get("/api/v1/disbursements/" + theirDisbursement).then().statusCode(404);
        }
    }
}

package org.pavilion.programme;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.Fixtures.money;
import static org.pavilion.support.ProgrammeFixtures.aFairId;
import static org.pavilion.support.ProgrammeFixtures.aProgramme;
import static org.pavilion.support.ProgrammeFixtures.aSelectedParticipation;
import static org.pavilion.support.ProgrammeFixtures.anAllocation;
import static org.pavilion.support.ProgrammeFixtures.today;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProgrammeApiTest {

    @Nested
    class Creation {

        @Test
        void aNewProgrammeCarriesAnEmptyLiveBudgetSummary() {
            String id = aProgramme().withBudget(500_000_000).withCap(8_000_000).create();
            as(Tokens.sme("sme-any")).get("/api/v1/programmes/" + id).then().statusCode(200)
                    .body("budgetSummary.budget.amount", equalTo("500000000"))
                    .body("budgetSummary.allocated.amount", equalTo("0"))
                    .body("budgetSummary.disbursed.amount", equalTo("0"))
                    .body("budgetSummary.remaining.amount", equalTo("500000000"))
                    .body("budgetSummary.perCompanyCap.amount", equalTo("8000000"));
        }

        @Test
        void anExhibitionNeedsAnExistingFair() {
            Map<String, Object> body = aProgramme().body();
            body.put("kind", "EXHIBITION");
            as(Tokens.officer()).body(body).post("/api/v1/programmes").then().statusCode(400);
            body.put("fairId", UUID.randomUUID().toString());
            as(Tokens.officer()).body(body).post("/api/v1/programmes").then().statusCode(400)
                    .body("errors.field", hasItem("fairId"));
            String fairId = aFairId();
            body.put("fairId", fairId);
            as(Tokens.officer()).body(body).post("/api/v1/programmes").then().statusCode(201).body("fairId", equalTo(fairId));
            as(Tokens.finance()).queryParam("fairId", fairId).get("/api/v1/programmes").then().statusCode(200)
                    .body("total", equalTo(1))
                    .body("items[0].perCompanyCap.amount", equalTo("12000000"))
                    .body("items[0].budgetSummary.remaining.amount", equalTo("500000000"));
            as(Tokens.finance()).queryParam("fairId", fairId).queryParam("year", 2025).queryParam("kind", "EXHIBITION")
                    .get("/api/v1/programmes").then().body("total", equalTo(1));
            as(Tokens.finance()).queryParam("fairId", fairId).queryParam("year", 2024).get("/api/v1/programmes").then()
                    .body("total", equalTo(0));
        }

        @Test
        void budgetsAndCapsAreInWonAndPositive() {
            Map<String, Object> body = aProgramme().body();
            body.put("budget", money("500000", "USD"));
            as(Tokens.officer()).body(body).post("/api/v1/programmes").then().statusCode(400).body("errors.field", hasItem("budget"));
            body = aProgramme().body();
            body.put("perCompanyCap", money("0", "KRW"));
            as(Tokens.officer()).body(body).post("/api/v1/programmes").then().statusCode(400)
                    .body("errors.field", hasItem("perCompanyCap"));
        }

        @Test
        void anUnknownSupportCategoryIsABadRequest() {
            Map<String, Object> body = aProgramme().body();
            body.put("supportCategories", List.of("CATERING"));
            as(Tokens.officer()).body(body).post("/api/v1/programmes").then().statusCode(400);
        }

        @Test
        void onlyOfficersCreateProgrammes() {
            as(Tokens.finance()).body(aProgramme().body()).post("/api/v1/programmes").then().statusCode(403);
            as(Tokens.sme("sme-any")).body(aProgramme().body()).post("/api/v1/programmes").then().statusCode(403);
        }
    }

    @Nested
    class PerCompanyCap {

        @Test
        void theHistoryStartsWithTheCapGivenAtCreationAndKeepsEveryChange() {
            String id = aProgramme().withCap(8_000_000).create();
            as(Tokens.officer()).body(Map.of("cap", money("12000000", "KRW"), "effectiveFrom", today().toString(),
                    "reason", "Exchange-rate and price pressure")).put("/api/v1/programmes/" + id + "/per-company-cap").then()
                    .statusCode(200).body("perCompanyCap.amount", equalTo("12000000"));
            as(Tokens.finance()).get("/api/v1/programmes/" + id + "/per-company-cap/history").then().statusCode(200)
                    .body("items", hasSize(2))
                    .body("items[0].cap.amount", equalTo("8000000"))
                    .body("items[0].effectiveFrom", equalTo(today().toString()))
                    .body("items[1].cap.amount", equalTo("12000000"))
                    .body("items[1].reason", equalTo("Exchange-rate and price pressure"))
                    .body("items[1].setBy.subject", equalTo("officer-kim"));
        }

        @Test
        void aCapEffectiveInTheFutureDoesNotApplyYet() {
            String id = aProgramme().withCap(8_000_000).create();
            as(Tokens.officer()).body(Map.of("cap", money("12000000", "KRW"), "effectiveFrom", today().plusDays(30).toString(),
                    "reason", "Next season")).put("/api/v1/programmes/" + id + "/per-company-cap").then().statusCode(200)
                    .body("budgetSummary.perCompanyCap.amount", equalTo("8000000"));
        }

        @Test
        void financeMayNotChangeTheCap() {
            String id = aProgramme().create();
            as(Tokens.finance()).body(Map.of("cap", money("1", "KRW"), "effectiveFrom", today().toString(), "reason", "x"))
                    .put("/api/v1/programmes/" + id + "/per-company-cap").then().statusCode(403);
        }
    }

    @Nested
    class Budget {

        @Test
        void financeRaisesTheBudgetWithAReasonAndItIsAudited() {
            String id = aProgramme().withBudget(100_000_000).create();
            as(Tokens.finance()).body(Map.of("budget", money("150000000", "KRW"), "reason", "Supplementary budget"))
                    .put("/api/v1/programmes/" + id + "/budget").then().statusCode(200)
                    .body("budgetSummary.remaining.amount", equalTo("150000000"));
            as(Tokens.officer()).queryParam("entityId", id).get("/api/v1/audit-events").then()
                    .body("items[0].action", equalTo("budget-changed"))
                    .body("items[0].before.budget.amount", equalTo("100000000"))
                    .body("items[0].after.budget.amount", equalTo("150000000"))
                    .body("items[0].actor.subject", equalTo("finance-lee"));
        }

        @Test
        void theBudgetCannotGoBelowWhatIsAllocated() {
            String id = aProgramme().withBudget(100_000_000).create();
            anAllocation(aSelectedParticipation(id), 10_000_000);
            as(Tokens.officer()).body(Map.of("budget", money("9999999", "KRW"), "reason", "Cut"))
                    .put("/api/v1/programmes/" + id + "/budget").then().statusCode(422)
                    .body("type", equalTo("https://pavilion.example/problems/budget-exceeded"));
            as(Tokens.officer()).body(Map.of("budget", money("10000000", "KRW"), "reason", "Cut to the bone"))
                    .put("/api/v1/programmes/" + id + "/budget").then().statusCode(200)
                    .body("budgetSummary.remaining.amount", equalTo("0"));
        }

        @Test
        void aStaleETagOnABudgetChangeIsAPreconditionFailure() {
            String id = aProgramme().create();
            String etag = as(Tokens.officer()).get("/api/v1/programmes/" + id).then().extract().header("ETag");
            as(Tokens.officer()).body(Map.of("budget", money("600000000", "KRW"), "reason", "Up"))
                    .put("/api/v1/programmes/" + id + "/budget").then().statusCode(200);
            as(Tokens.officer()).header("If-Match", etag).body(Map.of("budget", money("700000000", "KRW"), "reason", "Up again"))
                    .put("/api/v1/programmes/" + id + "/budget").then().statusCode(412);
        }

        @Test
        void smesMayNotChangeBudgets() {
            String id = aProgramme().create();
            as(Tokens.sme("sme-any")).body(Map.of("budget", money("1", "KRW"), "reason", "x"))
                    .put("/api/v1/programmes/" + id + "/budget").then().statusCode(403);
        }
    }
}

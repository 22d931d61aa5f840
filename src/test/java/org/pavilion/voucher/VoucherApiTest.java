package org.pavilion.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.pavilion.support.Fixtures.aCompanyOf;
import static org.pavilion.support.Fixtures.aVerifiedCompany;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.Fixtures.money;
import static org.pavilion.support.Fixtures.uniqueSubject;
import static org.pavilion.support.OutcomeFixtures.rate;
import static org.pavilion.support.ProgrammeFixtures.aVerifiedCompanyOf;
import static org.pavilion.support.ProgrammeFixtures.today;
import static org.pavilion.support.VoucherFixtures.aClaim;
import static org.pavilion.support.VoucherFixtures.aVoucher;
import static org.pavilion.support.VoucherFixtures.aVoucherProgramme;
import static org.pavilion.support.VoucherFixtures.apply;
import static org.pavilion.support.VoucherFixtures.claim;
import static org.pavilion.support.VoucherFixtures.decide;
import static org.pavilion.support.VoucherFixtures.programme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pavilion.support.Concurrently;
import org.pavilion.support.Tokens;
import org.pavilion.support.VoucherFixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class VoucherApiTest {

    @Nested
    class Applications {

        @Test
        void anSmeAppliesForItsOwnVerifiedCompanyAndAnOfficerApprovesIssuingAVoucher() {
            String sme = uniqueSubject("sme");
            String programme = programme(100_000_000, 10_000_000);
            String application = apply(Tokens.sme(sme), programme, aVerifiedCompanyOf(sme), 8_000_000).statusCode(201)
                    .body("status", equalTo("APPLIED")).extract().path("id");
            String voucher = decide(application, true, 7_000_000).statusCode(200).body("status", equalTo("APPROVED"))
                    .body("voucherId", notNullValue()).extract().path("voucherId");
            as(Tokens.sme(sme)).get("/api/v1/vouchers/" + voucher).then().statusCode(200)
                    .body("granted.amount", equalTo("7000000")).body("balance.amount", equalTo("7000000"))
                    .body("governmentShare", equalTo("0.70"));
            as(Tokens.finance()).get("/api/v1/voucher-programmes/" + programme).then().body("granted.amount", equalTo("7000000"));
        }

        @Test
        void oneActiveApplicationPerCompanyAndProgramme() {
            String programme = programme(100_000_000, 10_000_000);
            String company = aVerifiedCompany();
            String first = apply(Tokens.officer(), programme, company, 1_000_000).statusCode(201).extract().path("id");
            apply(Tokens.officer(), programme, company, 1_000_000).statusCode(409);
            as(Tokens.officer()).body(Map.of("reason", "Changed plans")).post("/api/v1/voucher-applications/" + first + "/withdraw")
                    .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
            apply(Tokens.officer(), programme, company, 1_000_000).statusCode(201);
            as(Tokens.officer()).body(Map.of("reason", "again")).post("/api/v1/voucher-applications/" + first + "/withdraw")
                    .then().statusCode(409);
        }

        @Test
        void anSmeCannotApplyOutsideTheWindowNorForAnUnverifiedCompany() {
            String sme = uniqueSubject("sme");
            Map<String, Object> closed = aVoucherProgramme(100_000_000, 10_000_000);
            closed.put("applicationOpensOn", today().minusDays(30).toString());
            closed.put("applicationClosesOn", today().minusDays(1).toString());
            String closedProgramme = as(Tokens.officer()).body(closed).post("/api/v1/voucher-programmes").then().statusCode(201)
                    .extract().path("id");
            apply(Tokens.sme(sme), closedProgramme, aVerifiedCompanyOf(sme), 1_000_000).statusCode(422)
                    .body("type", equalTo("https://pavilion.example/problems/application-window-closed"));
            apply(Tokens.sme(sme), programme(100_000_000, 10_000_000), aCompanyOf(sme), 1_000_000).statusCode(422)
                    .body("type", equalTo("https://pavilion.example/problems/company-not-verified"));
        }

        @Test
        void aGrantAboveTheMaximumPerCompanyOrTheBudgetIsRefused() {
            String programme = programme(15_000_000, 10_000_000);
            String a = apply(Tokens.officer(), programme, aVerifiedCompany(), 10_000_000).extract().path("id");
            decide(a, true, 10_000_001).statusCode(422).body("type", equalTo("https://pavilion.example/problems/cap-exceeded"));
            decide(a, true, 10_000_000).statusCode(200);
            String b = apply(Tokens.officer(), programme, aVerifiedCompany(), 10_000_000).extract().path("id");
            decide(b, true, 5_000_001).statusCode(422).body("type", equalTo("https://pavilion.example/problems/budget-exceeded"));
            decide(b, false, 0).statusCode(200).body("status", equalTo("REJECTED"));
            decide(b, true, 1).statusCode(409);
        }

        @Test
        void smesMayNotDecide() {
            String sme = uniqueSubject("sme");
            String application = apply(Tokens.sme(sme), programme(100_000_000, 10_000_000), aVerifiedCompanyOf(sme), 1_000_000)
                    .extract().path("id");
            as(Tokens.sme(sme)).body(Map.of("approve", true, "granted", money("1", "KRW")))
                    .post("/api/v1/voucher-applications/" + application + "/decision").then().statusCode(403);
        }

        @Test
        void aGovernmentShareOutsideZeroToOneIsABadRequest() {
            Map<String, Object> body = aVoucherProgramme(1_000, 1_000);
            body.put("governmentShare", "1.5");
            as(Tokens.officer()).body(body).post("/api/v1/voucher-programmes").then().statusCode(400);
            body.put("governmentShare", 0.7);
            as(Tokens.officer()).body(body).post("/api/v1/voucher-programmes").then().statusCode(400);
        }
    }

    @Nested
    class Claims {

        @Test
        void aClaimReservesTheGovernmentShareOfTheInvoiceAtTheInvoiceDatesRate() {
            // EUR 1,234.56 at 1,512.37 = 1,867,111.5072 KRW; x 0.70 = 1,306,978.05504 -> KRW 1,306,978
            rate("EUR", today().minusDays(2).toString(), "1512.37");
            String sme = uniqueSubject("sme");
            String voucher = aVoucher(sme, 5_000_000);
            claim(Tokens.sme(sme), voucher, aClaim("INTERPRETATION", "1234.56", "EUR", today().toString())).statusCode(201)
                    .body("status", equalTo("SUBMITTED"))
                    .body("subsidy.amount", equalTo("1306978"))
                    .body("rate.date", equalTo(today().minusDays(2).toString()));
            as(Tokens.sme(sme)).get("/api/v1/vouchers/" + voucher).then()
                    .body("reserved.amount", equalTo("1306978")).body("balance.amount", equalTo("3693022"));
        }

        @Test
        void approvalKeepsTheReservationRejectionReleasesItAndFinancePaysApprovedClaimsOnly() {
            String sme = uniqueSubject("sme");
            String voucher = aVoucher(sme, 5_000_000);
            String approved = claim(Tokens.sme(sme), voucher, aClaim("SHIPPING", "1000000", "KRW", today().toString()))
                    .statusCode(201).body("subsidy.amount", equalTo("700000")).extract().path("id");
            String rejected = claim(Tokens.sme(sme), voucher, aClaim("SHIPPING", "2000000", "KRW", today().toString()))
                    .statusCode(201).extract().path("id");
            as(Tokens.finance()).body(Map.of("paidOn", today().toString(), "reference", "PAY-1"))
                    .post("/api/v1/claims/" + approved + "/payment").then().statusCode(409);
            as(Tokens.officer()).body(Map.of("approve", true)).post("/api/v1/claims/" + approved + "/decision").then()
                    .statusCode(422).body("type", containsString("document-missing"));
            VoucherFixtures.attachInvoice(Tokens.sme(sme), approved, VoucherFixtures.aPdf("invoice " + approved)).statusCode(201);
            as(Tokens.officer()).body(Map.of("approve", true)).post("/api/v1/claims/" + approved + "/decision").then()
                    .statusCode(200).body("status", equalTo("APPROVED"));
            as(Tokens.officer()).body(Map.of("approve", false, "reason", "Not an export cost"))
                    .post("/api/v1/claims/" + rejected + "/decision").then().statusCode(200).body("status", equalTo("REJECTED"));
            as(Tokens.officer()).get("/api/v1/vouchers/" + voucher).then()
                    .body("reserved.amount", equalTo("700000")).body("paid.amount", equalTo("0"));
            as(Tokens.officer()).body(Map.of("paidOn", today().toString(), "reference", "PAY-1"))
                    .post("/api/v1/claims/" + approved + "/payment").then().statusCode(403);
            as(Tokens.finance()).body(Map.of("paidOn", today().toString(), "reference", "PAY-1"))
                    .post("/api/v1/claims/" + approved + "/payment").then().statusCode(200).body("status", equalTo("PAID"));
            as(Tokens.sme(sme)).get("/api/v1/vouchers/" + voucher).then()
                    .body("reserved.amount", equalTo("0")).body("paid.amount", equalTo("700000"))
                    .body("balance.amount", equalTo("4300000"));
            as(Tokens.finance()).body(Map.of("paidOn", today().toString(), "reference", "PAY-2"))
                    .post("/api/v1/claims/" + approved + "/payment").then().statusCode(409);
        }

        @Test
        void theSameProviderAndInvoiceAreNeverFundedTwiceOnAnyVoucher() {
            String sme = uniqueSubject("sme");
            String voucher = aVoucher(sme, 5_000_000);
            Map<String, Object> first = aClaim("SHIPPING", "100000", "KRW", today().toString());
            String id = claim(Tokens.sme(sme), voucher, first).statusCode(201).extract().path("id");
            Map<String, Object> again = new HashMap<>(first);
            again.put("provider", "  paris interpreters sarl ");
            again.put("invoiceNumber", " " + first.get("invoiceNumber") + " ");
            String otherVoucher = aVoucher(uniqueSubject("sme"), 5_000_000);
            claim(Tokens.officer(), otherVoucher, again).statusCode(409)
                    .body("type", equalTo("https://pavilion.example/problems/invoice-already-claimed"));
            as(Tokens.officer()).body(Map.of("approve", false)).post("/api/v1/claims/" + id + "/decision").then().statusCode(200);
            claim(Tokens.officer(), otherVoucher, again).statusCode(201);
        }

        @Test
        void businessRulesAnswerClearProblems() {
            String sme = uniqueSubject("sme");
            String voucher = aVoucher(sme, 1_000_000);
            claim(Tokens.sme(sme), voucher, aClaim("TRADE_DOCUMENTS", "1000", "KRW", today().toString())).statusCode(422)
                    .body("type", equalTo("https://pavilion.example/problems/category-not-eligible"));
            claim(Tokens.sme(sme), voucher, aClaim("SHIPPING", "100", "CHF", today().toString())).statusCode(422)
                    .body("type", equalTo("https://pavilion.example/problems/rate-unavailable"));
            claim(Tokens.sme(sme), voucher, aClaim("SHIPPING", "1000", "KRW", today().plusDays(201).toString())).statusCode(422)
                    .body("type", equalTo("https://pavilion.example/problems/voucher-expired"));
            // 1,428,573 x 0.70 = 1,000,001.1 -> 1,000,001: over the balance; 1,428,571 x 0.70 = 999,999.7 -> 1,000,000: fits.
            claim(Tokens.sme(sme), voucher, aClaim("SHIPPING", "1428573", "KRW", today().toString())).statusCode(422)
                    .body("type", equalTo("https://pavilion.example/problems/voucher-balance-exceeded"));
            claim(Tokens.sme(sme), voucher, aClaim("SHIPPING", "1428571", "KRW", today().toString())).statusCode(201)
                    .body("subsidy.amount", equalTo("1000000"));
        }

        @Test
        void claimChangesAreAuditedAndAStaleETagIsAPreconditionFailure() {
            String sme = uniqueSubject("sme");
            String voucher = aVoucher(sme, 5_000_000);
            String id = claim(Tokens.sme(sme), voucher, aClaim("SHIPPING", "1000000", "KRW", today().toString()))
                    .statusCode(201).extract().path("id");
            VoucherFixtures.attachInvoice(Tokens.sme(sme), id, VoucherFixtures.aPdf("invoice " + id)).statusCode(201);
            String etag = as(Tokens.officer()).get("/api/v1/claims/" + id).then().extract().header("ETag");
            as(Tokens.officer()).header("If-Match", etag).body(Map.of("approve", true)).post("/api/v1/claims/" + id + "/decision")
                    .then().statusCode(200);
            as(Tokens.finance()).header("If-Match", etag).body(Map.of("paidOn", today().toString(), "reference", "PAY-9"))
                    .post("/api/v1/claims/" + id + "/payment").then().statusCode(412);
            as(Tokens.finance()).body(Map.of("paidOn", today().toString(), "reference", "PAY-9"))
                    .post("/api/v1/claims/" + id + "/payment").then().statusCode(200);
            as(Tokens.officer()).queryParam("entityType", "claim").queryParam("entityId", id).get("/api/v1/audit-events").then()
                    .body("items.action", contains("paid", "approved", "created"))
                    .body("items[0].actor.subject", equalTo("finance-lee"))
                    .body("items[0].before.status", equalTo("APPROVED"))
                    .body("items[0].after.status", equalTo("PAID"));
            as(Tokens.officer()).queryParam("entityType", "voucher").queryParam("entityId", voucher).get("/api/v1/audit-events")
                    .then().body("items[0].after.granted.amount", equalTo("5000000"));
        }

        @Test
        void financeMayNotClaim() {
            String voucher = aVoucher(uniqueSubject("sme"), 1_000_000);
            claim(Tokens.finance(), voucher, aClaim("SHIPPING", "1000", "KRW", today().toString())).statusCode(403);
        }
    }

    @Nested
    class SmeIsolation {

        @Test
        void anSmeGetsNotFoundForAnotherCompanysApplicationVoucherAndClaims() {
            String owner = uniqueSubject("sme");
            String stranger = uniqueSubject("sme");
            aVerifiedCompanyOf(stranger);
            String programme = programme(100_000_000, 10_000_000);
            String application = apply(Tokens.sme(owner), programme, aVerifiedCompanyOf(owner), 2_000_000).extract().path("id");
            String voucher = decide(application, true, 2_000_000).extract().path("voucherId");
            String claimId = claim(Tokens.sme(owner), voucher, aClaim("SHIPPING", "1000", "KRW", today().toString()))
                    .extract().path("id");

            as(Tokens.sme(stranger)).get("/api/v1/voucher-applications/" + application).then().statusCode(404);
            as(Tokens.sme(stranger)).body(Map.of("reason", "x")).post("/api/v1/voucher-applications/" + application + "/withdraw")
                    .then().statusCode(404);
            as(Tokens.sme(stranger)).get("/api/v1/vouchers/" + voucher).then().statusCode(404);
            as(Tokens.sme(stranger)).get("/api/v1/vouchers/" + voucher + "/claims").then().statusCode(404);
            claim(Tokens.sme(stranger), voucher, aClaim("SHIPPING", "1000", "KRW", today().toString())).statusCode(404);
            as(Tokens.sme(stranger)).get("/api/v1/claims/" + claimId).then().statusCode(404);
            as(Tokens.sme(stranger)).get("/api/v1/vouchers").then().body("total", equalTo(0));
            as(Tokens.sme(stranger)).queryParam("programmeId", programme).get("/api/v1/voucher-applications").then()
                    .body("total", equalTo(0));
            as(Tokens.sme(owner)).get("/api/v1/vouchers").then().body("items.id", contains(voucher));
            apply(Tokens.sme(stranger), programme, aVerifiedCompany(), 1_000).statusCode(404);
        }
    }

    @Nested
    class Concurrency {

        @Test
        void tenSimultaneousClaimsThatEachFitAloneNeverOverdrawTheVoucher() throws Exception {
            String sme = uniqueSubject("sme");
            String voucher = aVoucher(sme, 3_000_000);
            // Each claim's subsidy is KRW 700,000: four fit in 3,000,000, the other six must be refused.
            List<Callable<Integer>> requests = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                requests.add(() -> as(Tokens.sme(sme)).body(aClaim("SHIPPING", "1000000", "KRW", today().toString()))
                        .post("/api/v1/vouchers/" + voucher + "/claims").statusCode());
            }
            List<Integer> codes = Concurrently.fireAtOnce(requests);
            assertThat(codes.stream().filter(c -> c == 201).count()).isEqualTo(4);
            assertThat(codes.stream().filter(c -> c == 422).count()).isEqualTo(6);
            as(Tokens.sme(sme)).get("/api/v1/vouchers/" + voucher).then()
                    .body("reserved.amount", equalTo("2800000")).body("balance.amount", equalTo("200000"));
        }

        @Test
        void simultaneousApprovalsNeverPassTheProgrammeBudget() throws Exception {
            String programme = programme(25_000_000, 10_000_000);
            List<String> applications = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                applications.add(apply(Tokens.officer(), programme, aVerifiedCompany(), 10_000_000).statusCode(201)
                        .extract().path("id"));
            }
            List<Callable<Integer>> requests = new ArrayList<>();
            for (String application : applications) {
                requests.add(() -> as(Tokens.officer()).body(Map.of("approve", true, "granted", money("10000000", "KRW")))
                        .post("/api/v1/voucher-applications/" + application + "/decision").statusCode());
            }
            List<Integer> codes = Concurrently.fireAtOnce(requests);
            assertThat(codes.stream().filter(c -> c == 200).count()).isEqualTo(2);
            assertThat(codes.stream().filter(c -> c == 422).count()).isEqualTo(4);
            as(Tokens.finance()).get("/api/v1/voucher-programmes/" + programme).then()
                    .body("granted.amount", equalTo("20000000")).body("remaining.amount", equalTo("5000000"));
        }
    }
}

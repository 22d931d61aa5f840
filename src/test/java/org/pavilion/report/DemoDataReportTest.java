package org.pavilion.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.pavilion.support.Fixtures.as;

import java.util.stream.IntStream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.pavilion.support.DemoDataProfile;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The dev-mode demo data reproduces the articles' published figures through the reports. */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DemoDataReportTest {

    static final String MWC = "a0000000-0000-4000-8000-000000000001";
    static final String MAISON_OBJET_2024 = "a0000000-0000-4000-8000-000000000002";
    static final String MAISON_OBJET_2025 = "a0000000-0000-4000-8000-000000000003";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @Test
    void runsOnItsOwnDatabase() {
        assertThat(url).contains("/pavilion_demo?");
    }

    @Test
    void mwcBarcelona2025Produced558ConsultationsWorthUsd166_08MillionAnd145ContractsWorthUsd56_78Million() {
        as(Tokens.finance()).get("/api/v1/reports/programmes/" + MWC).then().statusCode(200)
                .body("budget.amount", equalTo("500000000"))
                .body("companies.participating", equalTo(26))
                .body("companies.attended", equalTo(26))
                .body("consultations.count", equalTo(558))
                .body("consultations.value.USD.amount", equalTo("166080000.00"))
                .body("contracts.count", equalTo(145))
                .body("contracts.value.USD.amount", equalTo("56780000.00"))
                .body("unconverted", hasSize(0))
                .body("ratesUsed.currency", everyItem(equalTo("USD")))
                .body("ratesUsed", hasSize(4));
    }

    @Test
    void theMwcCapHistoryShowsTheRaiseFrom8To12MillionWon() {
        as(Tokens.officer()).get("/api/v1/programmes/" + MWC + "/per-company-cap/history").then().statusCode(200)
                .body("items.cap.amount", Matchers.contains("8000000", "12000000"));
    }

    @Test
    void maisonObjet2024Produced349ConsultationsWorthKrw200Million() {
        as(Tokens.finance()).get("/api/v1/reports/programmes/" + MAISON_OBJET_2024).then().statusCode(200)
                .body("companies.attended", equalTo(19))
                .body("consultations.count", equalTo(349))
                .body("consultations.value.KRW.amount", equalTo("200000000"))
                .body("contracts.byStatus.SIGNED.count", equalTo(3));
    }

    @Test
    void theCsvDownloadOfTheMwcReportCarriesTheSameFigures() {
        String csv = given().auth().oauth2(Tokens.finance()).accept("text/csv").get("/api/v1/reports/programmes/" + MWC)
                .then().statusCode(200).extract().asString();
        assertThat(csv).containsPattern("consultations,558,[0-9]+,166080000.00")
                .containsPattern("contracts \\(pursuing and signed\\),145,[0-9]+,56780000.00");
    }

    @Test
    void theDemoSmeSeesItsVoucherWithItsCoFundedBalance() {
        // Granted 7,000,000; paid 1,282,932 (EUR 1,200.00 x 1,527.30 x 0.70); reserved 665,000 (KRW 950,000 x 0.70).
        as(Tokens.sme("demo-sme")).get("/api/v1/vouchers").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].paid.amount", equalTo("1282932"))
                .body("items[0].reserved.amount", equalTo("665000"))
                .body("items[0].balance.amount", equalTo("5052068"));
        as(Tokens.finance()).get("/api/v1/voucher-programmes/d0000000-0000-4000-8000-000000000001").then()
                .body("granted.amount", equalTo("17000000"));
    }

    @Test
    void maisonObjet2025IsOpenForApplicationsWithItsBenefitsAsCategories() {
        as(Tokens.sme("demo-sme")).get("/api/v1/programmes/" + MAISON_OBJET_2025).then().statusCode(200)
                .body("targetCompanies", equalTo(20))
                .body("supportCategories", hasSize(6));
        as(Tokens.sme("demo-sme")).get("/api/v1/companies").then().body("total", equalTo(1));
        as(Tokens.finance()).queryParam("groupBy", "sector").get("/api/v1/reports/outcomes").then().statusCode(200)
                .body("rows", hasSize(5)).body("totals.consultations.count", greaterThan(900));
    }

    @Test
    void maisonObjet2025HasACallOf20SeatsWith24ReviewedApplicantsAndOneDeclaredConflict() {
        as(Tokens.officer()).get("/api/v1/programmes/" + MAISON_OBJET_2025 + "/ranking").then().statusCode(200)
                .body("seats", equalTo(20)).body("reviewsRequired", equalTo(2))
                .body("items", hasSize(24))
                .body("items.complete", everyItem(equalTo(true)))
                .body("items.rank", Matchers.contains(IntStream.rangeClosed(1, 24).boxed().toArray()))
                .body("items.findAll { it.conflicts == 1 }.companyName", Matchers.contains("달항아리공방"));
        as(Tokens.forUser("demo-reviewer-1", "reviewer")).get("/api/v1/programmes/" + MAISON_OBJET_2025 + "/selection").then()
                .statusCode(200).body("criteria.key", Matchers.contains("export-readiness", "design", "buyer-plan"));
        as(Tokens.officer()).get("/api/v1/programmes/" + MAISON_OBJET_2025 + "/reviewers").then().body("total", equalTo(3));
    }

    @Test
    void theMwcSeriesComparesTwoEditionsMonthsAfterTheFair() {
        // MWC 2025: 20 signed, every 19 days after 2025-03-06 (4 within 3 months, 9 within 6, 19 within 12);
        // MWC 2024: 24 signed, every 15 days after 2024-02-29 (6, 12 and 24). 558 + 420 consultations.
        as(Tokens.finance()).queryParam("groupBy", "series").get("/api/v1/reports/effectiveness").then().statusCode(200)
                .body("rows.find { it.key == 'MWC Barcelona' }.programmes", equalTo(2))
                .body("rows.find { it.key == 'MWC Barcelona' }.companies", equalTo(26))
                .body("rows.find { it.key == 'MWC Barcelona' }.consultations", equalTo(978))
                .body("rows.find { it.key == 'MWC Barcelona' }.contracts.signed", equalTo(44))
                .body("rows.find { it.key == 'MWC Barcelona' }.contracts.signedWithin.3", equalTo(10))
                .body("rows.find { it.key == 'MWC Barcelona' }.contracts.signedWithin.6", equalTo(21))
                .body("rows.find { it.key == 'MWC Barcelona' }.contracts.signedWithin.12", equalTo(43))
                .body("rows.find { it.key == 'MWC Barcelona' }.contracts.verified", equalTo(8))
                .body("rows.find { it.key == 'MWC Barcelona' }.conversion.12", equalTo("0.0440"));
        as(Tokens.officer()).queryParam("programmeId", MWC).queryParam("status", "OVERDUE").get("/api/v1/follow-ups").then()
                .statusCode(200).body("total", equalTo(2 + 6 + 11 + 17));
    }
}

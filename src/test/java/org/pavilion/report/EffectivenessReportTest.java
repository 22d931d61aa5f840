package org.pavilion.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.FollowUpFixtures.aContract;
import static org.pavilion.support.FollowUpFixtures.aFairEnding;
import static org.pavilion.support.FollowUpFixtures.aProgrammeAt;
import static org.pavilion.support.FollowUpFixtures.allocate;
import static org.pavilion.support.FollowUpFixtures.anAttendedParticipation;
import static org.pavilion.support.OutcomeFixtures.anOutcome;
import static org.pavilion.support.OutcomeFixtures.rate;
import static org.pavilion.support.OutcomeFixtures.record;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pavilion.support.Fixtures;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The effectiveness report against figures computed by hand. One fair ends on 1991-01-31 (a month end: + 3 months is
 * 1991-04-30), the only programme with that reference date, so from = to = that date isolates it. Two companies
 * attend; support KRW 10,000,000 + 5,000,000; 4 consultations; contracts: USD 1,000.00 signed on 1991-04-30 (exactly
 * reference + 3 months, verified), EUR 500.00 signed on 1991-05-01 (one day past 3 months), KRW 1,000,000 signed on
 * 1992-02-01 (past 12 months), JPY 50,000 signed on 1991-02-10 (no JPY rate: unconverted), and one PURSUING.
 * Rates: USD 1,300 and EUR 1,400 on 1991-02-01; USD 1,320 on 1991-03-01.
 */
@QuarkusTest
class EffectivenessReportTest {

    static final LocalDate REFERENCE = LocalDate.of(1991, 1, 31);
    static String programme;
    static String verifiedContract;

    /** Arranged once, at the first test (Quarkus is not yet up in a static @BeforeAll). */
    @BeforeEach
    void arrange() {
        if (programme != null) {
            return;
        }
        rate("USD", "1991-02-01", "1300.00");
        rate("EUR", "1991-02-01", "1400.00");
        rate("USD", "1991-03-01", "1320.00");
        programme = aProgrammeAt(aFairEnding("Hand Computed Expo", REFERENCE));
        String a = anAttendedParticipation(programme, Fixtures.aVerifiedCompany());
        String b = anAttendedParticipation(programme, Fixtures.aVerifiedCompany());
        allocate(a, 10_000_000);
        allocate(b, 5_000_000);
        for (int i = 0; i < 3; i++) {
            record(a, anOutcome("CONSULTATION", "100.00", "USD", "1991-02-01", "OPEN"));
        }
        record(b, anOutcome("CONSULTATION", "100.00", "EUR", "1991-02-01", "OPEN"));
        verifiedContract = aContract(a, "1000.00", "USD", "1991-02-01", "SIGNED", "1991-04-30", "US");
        aContract(b, "500.00", "EUR", "1991-02-01", "SIGNED", "1991-05-01", "FR");
        aContract(a, "1000000", "KRW", "1991-03-01", "SIGNED", "1992-02-01", "US");
        aContract(b, "50000", "JPY", "1991-02-01", "SIGNED", "1991-02-10", "JP");
        aContract(b, "2000000", "KRW", "1991-02-01", "PURSUING", null, "US");
        as(Tokens.officer()).body(Map.of("status", "VERIFIED", "evidenceKind", "EXPORT_DECLARATION", "evidenceReference",
                "ED-1991-0001")).post("/api/v1/outcomes/" + verifiedContract + "/verification").then().statusCode(200);
    }

    static ValidatableResponse report(String groupBy, String rateDate) {
        var request = as(Tokens.finance()).queryParam("groupBy", groupBy).queryParam("from", REFERENCE.toString())
                .queryParam("to", REFERENCE.toString());
        if (rateDate != null) {
            request = request.queryParam("rateDate", rateDate);
        }
        return request.get("/api/v1/reports/effectiveness").then().statusCode(200);
    }

    @Test
    void theProgrammesFiguresAsComputedByHand() {
        report("programme", null).body("rows", hasSize(1)).body("rows[0].key", equalTo(programme))
                .body("rows[0].programmes", equalTo(1)).body("rows[0].companies", equalTo(2))
                .body("rows[0].support.amount", equalTo("15000000"))
                .body("rows[0].consultations", equalTo(4))
                .body("rows[0].contracts.pursued", equalTo(1)).body("rows[0].contracts.signed", equalTo(4))
                // within 3 months: the USD contract signed exactly on 1991-04-30 and the JPY one; not the EUR one (05-01)
                .body("rows[0].contracts.signedWithin.3", equalTo(2))
                .body("rows[0].contracts.signedWithin.6", equalTo(3))
                .body("rows[0].contracts.signedWithin.12", equalTo(3))
                .body("rows[0].contracts.verified", equalTo(1))
                .body("rows[0].conversion.3", equalTo("0.5000")).body("rows[0].conversion.6", equalTo("0.7500"))
                .body("rows[0].conversion.12", equalTo("0.7500"))
                // 1,300,000 + 500 x 1,400 + 1,000,000 (the JPY contract has no rate and is left out)
                .body("rows[0].signedValue.KRW.amount", equalTo("3000000"))
                // 1,000.00 + 700,000 / 1,300 + 1,000,000 / 1,320 = 2,296.0372... at full precision
                .body("rows[0].signedValue.USD.amount", equalTo("2296.04"))
                .body("rows[0].verifiedValue.KRW.amount", equalTo("1300000"))
                .body("rows[0].verifiedValue.USD.amount", equalTo("1000.00"))
                .body("rows[0].supportPerSignedContract.amount", equalTo("3750000"))
                // 15,000,000 / 2,296.0372960... = 6,532.9949...
                .body("rows[0].supportKrwPerSignedUsd", equalTo("6532.99"))
                .body("unconverted.currency", contains("JPY")).body("unconverted[0].amount", equalTo("50000"))
                .body("ratesUsed.currency", contains("EUR", "USD", "USD"))
                .body("totals.companies", equalTo(2)).body("totals.signedValue.USD.amount", equalTo("2296.04"));
    }

    @Test
    void atASingleRateDateEveryAmountUsesThatDaysRate() {
        // 1,000,000 KRW now at 1,300: 1,000 + 538.4615... + 769.2307... = 2,307.69; 15,000,000 / 2,307.6923... = 6,500.00
        report("programme", "1991-02-01").body("rows[0].signedValue.USD.amount", equalTo("2307.69"))
                .body("rows[0].supportKrwPerSignedUsd", equalTo("6500.00"));
    }

    @Test
    void byFairAndSeriesTheSameFigures() {
        report("fair", null).body("rows", hasSize(1)).body("rows[0].contracts.signed", equalTo(4));
        report("series", null).body("rows[0].key", equalTo("Hand Computed Expo"))
                .body("rows[0].label", equalTo("Hand Computed Expo")).body("rows[0].supportKrwPerSignedUsd", equalTo("6532.99"));
    }

    @Test
    void byBuyerCountrySupportCannotBeSplit() {
        // The consultations were with Spanish buyers: Spain has 4 consultations and no contract signed.
        report("buyerCountry", null).body("rows.key", contains("FR", "JP", "ES", "US"))
                .body("rows.label", contains("France", "Japan", "Spain", "United States"))
                .body("rows.support", contains(nullValue(), nullValue(), nullValue(), nullValue()))
                .body("rows.find { it.key == 'ES' }.conversion.3", equalTo("0.0000"))
                .body("rows.find { it.key == 'US' }.companies", equalTo(2))
                .body("rows.find { it.key == 'US' }.contracts.signed", equalTo(2))
                .body("rows.find { it.key == 'US' }.contracts.pursued", equalTo(1))
                .body("rows.find { it.key == 'US' }.conversion.3", nullValue())
                .body("totals.support", nullValue()).body("totals.consultations", equalTo(4));
    }

    @Test
    void csvAndExcelCarryTheSameFigures() {
        String csv = as(Tokens.finance()).accept("text/csv").queryParam("from", REFERENCE.toString())
                .queryParam("to", REFERENCE.toString()).get("/api/v1/reports/effectiveness").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        assertThat(csv).contains(",15000000,4,1,4,2,3,3,1,0.5000,0.7500,0.7500,3000000,2296.04,"
                + "1300000,1000.00,3750000,6532.99");
        as(Tokens.finance()).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get("/api/v1/reports/effectiveness").then().statusCode(200);
        as(Tokens.sme("x")).get("/api/v1/reports/effectiveness").then().statusCode(403);
        as(Tokens.finance()).queryParam("groupBy", "company").get("/api/v1/reports/effectiveness").then().statusCode(400);
    }
}

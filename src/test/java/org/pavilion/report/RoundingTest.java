package org.pavilion.report;

import static org.hamcrest.Matchers.equalTo;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.OutcomeFixtures.anOutcome;
import static org.pavilion.support.OutcomeFixtures.rate;
import static org.pavilion.support.OutcomeFixtures.record;
import static org.pavilion.support.ProgrammeFixtures.aProgramme;
import static org.pavilion.support.ProgrammeFixtures.aSelectedParticipation;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RoundingTest {

    @Test
    void reportFiguresAreRoundedOnceHalfEven() {
        // JPY 25 at 10.5 KRW = 262.5 KRW -> 262 (half-even; half-up would say 263).
        // 262.5 KRW at 2100 KRW per USD = 0.125 USD -> 0.12 (half-even; half-up would say 0.13).
        rate("JPY", "2030-06-01", "10.5");
        rate("USD", "2030-06-01", "2100");
        String participation = aSelectedParticipation(aProgramme().create());
        record(participation, anOutcome("CONSULTATION", "25", "JPY", "2030-06-01", "OPEN"));
        String programme = as(Tokens.officer()).get("/api/v1/participations/" + participation).then().extract().path("programmeId");
        as(Tokens.finance()).get("/api/v1/reports/programmes/" + programme).then().statusCode(200)
                .body("consultations.value.KRW.amount", equalTo("262"))
                .body("consultations.value.USD.amount", equalTo("0.12"));
    }

    @Test
    void sumsAreRoundedAfterAddingNotPerAmount() {
        // Three KRW 1 amounts at 3 KRW per USD: each is 0.333.. USD; rounded each they would sum to 0.99, summed first 1.00.
        rate("USD", "2030-07-01", "3");
        String participation = aSelectedParticipation(aProgramme().create());
        for (int i = 0; i < 3; i++) {
            record(participation, anOutcome("CONSULTATION", "1", "KRW", "2030-07-01", "OPEN"));
        }
        String programme = as(Tokens.officer()).get("/api/v1/participations/" + participation).then().extract().path("programmeId");
        as(Tokens.finance()).get("/api/v1/reports/programmes/" + programme).then()
                .body("consultations.value.USD.amount", equalTo("1.00"));
    }
}

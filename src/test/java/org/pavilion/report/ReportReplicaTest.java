package org.pavilion.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.notNullValue;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.OutcomeFixtures.anOutcome;
import static org.pavilion.support.OutcomeFixtures.record;
import static org.pavilion.support.ProgrammeFixtures.aProgramme;
import static org.pavilion.support.ProgrammeFixtures.aSelectedParticipation;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.pavilion.support.ReportReplicaProfile;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * With {@code PAVILION_REPORTS_DB_URL} set, reports read that database and nothing else: what was just written to the
 * primary is not in them until the replica has it, and each report says the time its data is as of.
 */
@QuarkusTest
@TestProfile(ReportReplicaProfile.class)
class ReportReplicaTest {

    @Test
    void reportsReadTheReplicaAndSayTheTimeTheirDataIsAsOf() {
        String programme = aProgramme().create();
        record(aSelectedParticipation(programme), anOutcome("CONTRACT", "1000.00", "USD", "2024-05-01", "SIGNED"));

        as(Tokens.finance()).get("/api/v1/programmes/" + programme).then().statusCode(200);
        as(Tokens.finance()).get("/api/v1/reports/programmes/" + programme).then().statusCode(404);
        String asOf = as(Tokens.finance()).get("/api/v1/reports/outcomes?groupBy=sector").then().statusCode(200)
                .body("rows", empty()).body("dataAsOf", notNullValue()).extract().path("dataAsOf");
        assertThat(Duration.between(Instant.parse(asOf), Instant.now()).abs()).isLessThan(Duration.ofMinutes(5));
        as(Tokens.finance()).get("/api/v1/reports/effectiveness?groupBy=programme").then().statusCode(200)
                .body("rows", empty()).body("dataAsOf", notNullValue());
    }
}

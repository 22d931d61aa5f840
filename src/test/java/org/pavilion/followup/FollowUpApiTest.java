package org.pavilion.followup;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.Fixtures.uniqueSubject;
import static org.pavilion.support.FollowUpFixtures.aFairEnding;
import static org.pavilion.support.FollowUpFixtures.aProgrammeAt;
import static org.pavilion.support.FollowUpFixtures.anAttendedParticipation;
import static org.pavilion.support.ProgrammeFixtures.aSelectedParticipation;
import static org.pavilion.support.ProgrammeFixtures.aVerifiedCompanyOf;
import static org.pavilion.support.ProgrammeFixtures.today;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Fixtures;
import org.pavilion.support.ProgrammeFixtures;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The contract's follow-up rounds: schedule, dates, statuses on the Seoul date, submission and the late list. */
@QuarkusTest
class FollowUpApiTest {

    static ValidatableResponse rounds(String token, String participation) {
        return as(token).get("/api/v1/participations/" + participation + "/follow-ups").then();
    }

    static ValidatableResponse submit(String token, String participation, Object month) {
        return as(token).body(Map.of("note", "Outcomes updated")).post("/api/v1/participations/" + participation + "/follow-ups/"
                + month).then();
    }

    @Test
    void roundsOpenMonthsAfterTheFairAndAreDue14DaysLaterWithTheirStatusOnTheSeoulDate() {
        LocalDate ended = today().minusMonths(3).minusDays(7);
        String programme = aProgrammeAt(aFairEnding("Follow-up Fair", ended));
        String participation = anAttendedParticipation(programme, Fixtures.aVerifiedCompany());
        rounds(Tokens.officer(), participation).statusCode(200)
                .body("items.month", contains(0, 3, 6, 12))
                .body("items.opensOn", contains(ended.toString(), ended.plusMonths(3).toString(), ended.plusMonths(6).toString(),
                        ended.plusMonths(12).toString()))
                .body("items.dueOn", hasItem(ended.plusDays(14).toString()))
                .body("items.status", contains("OVERDUE", "DUE", "UPCOMING", "UPCOMING"));

        submit(Tokens.officer(), participation, 3).statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("submittedBy", equalTo("officer-kim")).body("note", equalTo("Outcomes updated"));
        submit(Tokens.officer(), participation, 3).statusCode(409);
        submit(Tokens.officer(), participation, 6).statusCode(409).body("type", containsString("round-not-open"));
        submit(Tokens.officer(), participation, 0).statusCode(200);
        submit(Tokens.officer(), participation, 5).statusCode(404);
        submit(Tokens.officer(), participation, "x").statusCode(404);
        as(Tokens.officer()).queryParam("entityId", participation).get("/api/v1/audit-events").then()
                .body("items.entityType", hasItem("follow-up")).body("items.after.month", hasItem(3));
    }

    @Test
    void theRoundOpeningTodayIsDueAndTheDayAfterItsDueDateOverdue() {
        LocalDate ended = today().minusMonths(3);
        String participation = anAttendedParticipation(aProgrammeAt(aFairEnding("Boundary Fair", ended)), Fixtures.aVerifiedCompany());
        rounds(Tokens.officer(), participation).body("items.find { it.month == 3 }.status",
                equalTo(ended.plusMonths(3).isAfter(today()) ? "UPCOMING" : "DUE"));
        LocalDate overdue = today().minusDays(15);
        String late = anAttendedParticipation(aProgrammeAt(aFairEnding("Overdue Fair", overdue)), Fixtures.aVerifiedCompany());
        rounds(Tokens.officer(), late).body("items.find { it.month == 0 }.status", equalTo("OVERDUE"));
        LocalDate due = today().minusDays(14);
        String onTime = anAttendedParticipation(aProgrammeAt(aFairEnding("Due Fair", due)), Fixtures.aVerifiedCompany());
        rounds(Tokens.officer(), onTime).body("items.find { it.month == 0 }.status", equalTo("DUE"));
    }

    @Test
    void aParticipationThatDidNotAttendHasNoRoundsAndCannotSubmit() {
        String programme = aProgrammeAt(aFairEnding("Selected Fair", today().minusDays(3)));
        String selected = aSelectedParticipation(programme, Fixtures.aVerifiedCompany());
        rounds(Tokens.officer(), selected).statusCode(200).body("total", equalTo(0));
        submit(Tokens.officer(), selected, 0).statusCode(409).body("type", containsString("not-attended"));
    }

    @Test
    void aCustomScheduleReplacesTheDefaultAndBadOnesAre400() {
        String programme = aProgrammeAt(aFairEnding("Schedule Fair", today().minusDays(3)));
        as(Tokens.officer()).get("/api/v1/programmes/" + programme + "/follow-up-schedule").then().statusCode(200)
                .body("months", contains(0, 3, 6, 12)).body("custom", equalTo(false));
        as(Tokens.officer()).body(Map.of("months", List.of(1, 2, 24))).put("/api/v1/programmes/" + programme
                + "/follow-up-schedule").then().statusCode(200).body("months", contains(1, 2, 24)).body("custom", equalTo(true));
        String participation = anAttendedParticipation(programme, Fixtures.aVerifiedCompany());
        rounds(Tokens.officer(), participation).body("items.month", contains(1, 2, 24));
        submit(Tokens.officer(), participation, 0).statusCode(404);
        for (List<Integer> bad : List.of(List.<Integer>of(), List.of(3, 0), List.of(0, 0), List.of(37), List.of(-1),
                List.of(0, 1, 2, 3, 4, 5, 6, 7, 8))) {
            as(Tokens.officer()).body(Map.of("months", bad)).put("/api/v1/programmes/" + programme + "/follow-up-schedule").then()
                    .statusCode(400);
        }
        as(Tokens.sme("x")).body(Map.of("months", List.of(0))).put("/api/v1/programmes/" + programme + "/follow-up-schedule")
                .then().statusCode(403);
    }

    @Test
    void aProgrammeWithoutAFairTakesItsActivityEndAsReferenceDate() {
        Map<String, Object> body = ProgrammeFixtures.aProgramme().body();
        body.put("activityEndsOn", today().minusDays(2).toString());
        String programme = as(Tokens.officer()).body(body).post("/api/v1/programmes").then().statusCode(201)
                .body("activityEndsOn", equalTo(today().minusDays(2).toString())).extract().path("id");
        String participation = anAttendedParticipation(programme, Fixtures.aVerifiedCompany());
        rounds(Tokens.officer(), participation).body("items[0].opensOn", equalTo(today().minusDays(2).toString()))
                .body("items[0].status", equalTo("DUE"));
        String without = ProgrammeFixtures.aProgramme().create();
        rounds(Tokens.officer(), anAttendedParticipation(without, Fixtures.aVerifiedCompany())).body("total", equalTo(0));
    }

    @Test
    void anSmeSubmitsItsOwnRoundsAndTheLateListShowsOnlyItsOwn() {
        String sme = uniqueSubject("sme");
        String company = aVerifiedCompanyOf(sme);
        String programme = aProgrammeAt(aFairEnding("SME Fair", today().minusDays(30)));
        String mine = anAttendedParticipation(programme, company);
        String theirs = anAttendedParticipation(programme, Fixtures.aVerifiedCompany());
        rounds(Tokens.sme(sme), theirs).statusCode(404);
        submit(Tokens.sme(sme), theirs, 0).statusCode(404);
        as(Tokens.sme(sme)).queryParam("programmeId", programme).get("/api/v1/follow-ups").then().statusCode(200)
                .body("items.participationId", everyItem(equalTo(mine))).body("total", equalTo(4));
        as(Tokens.officer()).queryParam("programmeId", programme).queryParam("status", "OVERDUE").get("/api/v1/follow-ups")
                .then().statusCode(200).body("total", equalTo(2)).body("items.month", contains(0, 0))
                .body("items.companyName", everyItem(notNullValue()));
        submit(Tokens.sme(sme), mine, 0).statusCode(200).body("submittedBy", equalTo(sme));
        as(Tokens.officer()).queryParam("programmeId", programme).queryParam("status", "OVERDUE").get("/api/v1/follow-ups")
                .then().body("items.participationId", contains(theirs));
        as(Tokens.officer()).queryParam("status", "LATE").get("/api/v1/follow-ups").then().statusCode(400);
        as(Tokens.forUser("r", "reviewer")).get("/api/v1/follow-ups").then().statusCode(403);
        rounds(Tokens.sme(sme), mine).body("items[0].submittedAt", notNullValue())
                .body("items[1].submittedAt", nullValue());
    }
}

package org.pavilion.participation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.pavilion.support.Fixtures.aCompanyOf;
import static org.pavilion.support.Fixtures.aVerifiedCompany;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.Fixtures.uniqueSubject;
import static org.pavilion.support.ProgrammeFixtures.aProgramme;
import static org.pavilion.support.ProgrammeFixtures.aSelectedParticipation;
import static org.pavilion.support.ProgrammeFixtures.aVerifiedCompanyOf;
import static org.pavilion.support.ProgrammeFixtures.today;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ParticipationApiTest {

    static ValidatableResponse register(String token, String programmeId, String companyId) {
        return as(token).body(Map.of("companyId", companyId)).post("/api/v1/programmes/" + programmeId + "/participations").then();
    }

    static ValidatableResponse transition(String token, String participationId, String to) {
        return as(token).body(Map.of("to", to, "reason", "because")).post("/api/v1/participations/" + participationId + "/transitions")
                .then();
    }

    @Nested
    class Registration {

        @Test
        void anOfficerRegistersAVerifiedCompanyAsSelectedEvenOutsideTheWindow() {
            String programme = aProgramme().withWindow(today().minusDays(30), today().minusDays(20)).create();
            register(Tokens.officer(), programme, aVerifiedCompany()).statusCode(201).body("status", equalTo("SELECTED"));
        }

        @Test
        void anSmeAppliesForItsOwnVerifiedCompanyInsideTheWindow() {
            String sme = uniqueSubject("sme");
            String company = aVerifiedCompanyOf(sme);
            String programme = aProgramme().create();
            register(Tokens.sme(sme), programme, company).statusCode(201).body("status", equalTo("APPLIED"))
                    .body("companyId", equalTo(company));
        }

        @Test
        void anSmeCannotApplyOutsideTheWindow() {
            String sme = uniqueSubject("sme");
            String company = aVerifiedCompanyOf(sme);
            String closed = aProgramme().withWindow(today().minusDays(30), today().minusDays(1)).create();
            register(Tokens.sme(sme), closed, company).statusCode(422)
                    .body("type", equalTo("https://pavilion.example/problems/application-window-closed"));
            String notYet = aProgramme().withWindow(today().plusDays(1), today().plusDays(30)).create();
            register(Tokens.sme(sme), notYet, company).statusCode(422);
        }

        @Test
        void aCompanyNotYetVerifiedCannotTakePart() {
            String sme = uniqueSubject("sme");
            String pending = aCompanyOf(sme);
            String programme = aProgramme().create();
            register(Tokens.sme(sme), programme, pending).statusCode(422)
                    .body("type", equalTo("https://pavilion.example/problems/company-not-verified"));
            register(Tokens.officer(), programme, pending).statusCode(422);
        }

        @Test
        void aSecondActiveParticipationIsAConflictButAfterWithdrawalTheCompanyMayComeBack() {
            String programme = aProgramme().create();
            String company = aVerifiedCompany();
            String first = register(Tokens.officer(), programme, company).statusCode(201).extract().path("id");
            register(Tokens.officer(), programme, company).statusCode(409);
            transition(Tokens.officer(), first, "WITHDRAWN").statusCode(200);
            register(Tokens.officer(), programme, company).statusCode(201);
        }

        @Test
        void anSmeApplyingForAnotherCompanyGetsNotFound() {
            String programme = aProgramme().create();
            register(Tokens.sme(uniqueSubject("sme")), programme, aVerifiedCompany()).statusCode(404);
        }

        @Test
        void anUnknownProgrammeIsNotFound() {
            register(Tokens.officer(), UUID.randomUUID().toString(), aVerifiedCompany()).statusCode(404);
        }

        @Test
        void financeMayNotRegisterCompanies() {
            register(Tokens.finance(), aProgramme().create(), aVerifiedCompany()).statusCode(403);
        }
    }

    @Nested
    class StatusMachine {

        @Test
        void anApplicationMovesThroughTheContractsTransitions() {
            String sme = uniqueSubject("sme");
            String programme = aProgramme().create();
            String id = register(Tokens.sme(sme), programme, aVerifiedCompanyOf(sme)).extract().path("id");
            transition(Tokens.officer(), id, "WAITLISTED").statusCode(200).body("status", equalTo("WAITLISTED"));
            transition(Tokens.officer(), id, "SELECTED").statusCode(200);
            transition(Tokens.officer(), id, "CONFIRMED").statusCode(200);
            transition(Tokens.officer(), id, "ATTENDED").statusCode(200).body("status", equalTo("ATTENDED"));
        }

        @Test
        void anIllegalTransitionIsAConflict() {
            String id = aSelectedParticipation(aProgramme().create());
            transition(Tokens.officer(), id, "ATTENDED").statusCode(409).contentType("application/problem+json");
            transition(Tokens.officer(), id, "APPLIED").statusCode(409);
            transition(Tokens.officer(), id, "WITHDRAWN").statusCode(200);
            transition(Tokens.officer(), id, "SELECTED").statusCode(409);
        }

        @Test
        void anUnknownTargetStatusIsABadRequest() {
            String id = aSelectedParticipation(aProgramme().create());
            transition(Tokens.officer(), id, "PROMOTED").statusCode(400);
        }

        @Test
        void anSmeMayWithdrawItsOwnButNotSelectIt() {
            String sme = uniqueSubject("sme");
            String id = register(Tokens.sme(sme), aProgramme().create(), aVerifiedCompanyOf(sme)).extract().path("id");
            transition(Tokens.sme(sme), id, "SELECTED").statusCode(403);
            transition(Tokens.sme(sme), id, "WITHDRAWN").statusCode(200).body("status", equalTo("WITHDRAWN"));
        }

        @Test
        void anSmeCannotTouchAnotherCompanysParticipation() {
            String id = aSelectedParticipation(aProgramme().create());
            transition(Tokens.sme(uniqueSubject("sme")), id, "WITHDRAWN").statusCode(404);
            as(Tokens.sme(uniqueSubject("sme"))).get("/api/v1/participations/" + id).then().statusCode(404);
        }

        @Test
        void transitionsAreAuditedWithBeforeAndAfter() {
            String id = aSelectedParticipation(aProgramme().create());
            transition(Tokens.officer(), id, "CONFIRMED").statusCode(200);
            as(Tokens.officer()).queryParam("entityType", "participation").queryParam("entityId", id).get("/api/v1/audit-events")
                    .then().body("items[0].before.status", equalTo("SELECTED"))
                    .body("items[0].after.status", equalTo("CONFIRMED"));
        }

        @Test
        void aStaleETagOnATransitionIsAPreconditionFailure() {
            String id = aSelectedParticipation(aProgramme().create());
            String etag = as(Tokens.officer()).get("/api/v1/participations/" + id).then().extract().header("ETag");
            transition(Tokens.officer(), id, "CONFIRMED").statusCode(200);
            as(Tokens.officer()).header("If-Match", etag).body(Map.of("to", "ATTENDED"))
                    .post("/api/v1/participations/" + id + "/transitions").then().statusCode(412);
        }
    }

    @Nested
    class Listing {

        @Test
        void anSmeListsOnlyItsOwnCompaniesParticipations() {
            String sme = uniqueSubject("sme");
            String programme = aProgramme().create();
            String mine = register(Tokens.sme(sme), programme, aVerifiedCompanyOf(sme)).extract().path("id");
            aSelectedParticipation(programme);
            as(Tokens.sme(sme)).get("/api/v1/programmes/" + programme + "/participations").then().statusCode(200)
                    .body("items.id", contains(mine)).body("total", equalTo(1));
            as(Tokens.finance()).get("/api/v1/programmes/" + programme + "/participations").then().body("total", equalTo(2));
        }

        @Test
        void participationsFilterByStatus() {
            String programme = aProgramme().create();
            String selected = aSelectedParticipation(programme);
            String withdrawn = aSelectedParticipation(programme);
            transition(Tokens.officer(), withdrawn, "WITHDRAWN").statusCode(200);
            as(Tokens.officer()).queryParam("status", "SELECTED").get("/api/v1/programmes/" + programme + "/participations")
                    .then().body("items.id", contains(selected));
            as(Tokens.officer()).queryParam("status", "GONE").get("/api/v1/programmes/" + programme + "/participations")
                    .then().statusCode(400);
        }
    }
}

package org.pavilion.outcome;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.Fixtures.money;
import static org.pavilion.support.Fixtures.uniqueSubject;
import static org.pavilion.support.OutcomeFixtures.anOutcome;
import static org.pavilion.support.OutcomeFixtures.record;
import static org.pavilion.support.ProgrammeFixtures.aProgramme;
import static org.pavilion.support.ProgrammeFixtures.aSelectedParticipation;
import static org.pavilion.support.ProgrammeFixtures.aVerifiedCompanyOf;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pavilion.support.Fixtures;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class OutcomeApiTest {

    @Nested
    class Recording {

        @Test
        void anOfficerRecordsAConsultationInAnyCurrency() {
            String participation = aSelectedParticipation(aProgramme().create());
            as(Tokens.officer()).body(anOutcome("CONSULTATION", "125000.50", "EUR", "2025-03-04", "OPEN"))
                    .post("/api/v1/participations/" + participation + "/outcomes").then().statusCode(201)
                    .body("value.amount", equalTo("125000.50")).body("value.currency", equalTo("EUR"))
                    .body("status", equalTo("OPEN"));
        }

        @Test
        void aStatusMustFitTheKind() {
            String participation = aSelectedParticipation(aProgramme().create());
            as(Tokens.officer()).body(anOutcome("CONSULTATION", "1", "USD", "2025-03-04", "SIGNED"))
                    .post("/api/v1/participations/" + participation + "/outcomes").then().statusCode(400);
            as(Tokens.officer()).body(anOutcome("CONTRACT", "1", "USD", "2025-03-04", "FOLLOW_UP"))
                    .post("/api/v1/participations/" + participation + "/outcomes").then().statusCode(400);
        }

        @Test
        void aZeroValueIsAllowedButNotANegativeOne() {
            String participation = aSelectedParticipation(aProgramme().create());
            record(participation, anOutcome("CONSULTATION", "0", "KRW", "2025-03-04", "OPEN"));
            as(Tokens.officer()).body(anOutcome("CONSULTATION", "-5", "KRW", "2025-03-04", "OPEN"))
                    .post("/api/v1/participations/" + participation + "/outcomes").then().statusCode(400);
        }

        @Test
        void aWithdrawnParticipationTakesNoOutcomes() {
            String participation = aSelectedParticipation(aProgramme().create());
            as(Tokens.officer()).body(Map.of("to", "WITHDRAWN")).post("/api/v1/participations/" + participation + "/transitions")
                    .then().statusCode(200);
            as(Tokens.officer()).body(anOutcome("CONSULTATION", "1", "USD", "2025-03-04", "OPEN"))
                    .post("/api/v1/participations/" + participation + "/outcomes").then().statusCode(409);
        }

        @Test
        void anSmeRecordsOutcomesForItsOwnParticipationOnly() {
            String sme = uniqueSubject("sme");
            String programme = aProgramme().create();
            String mine = aSelectedParticipation(programme, aVerifiedCompanyOf(sme));
            String theirs = aSelectedParticipation(programme);
            as(Tokens.sme(sme)).body(anOutcome("CONTRACT", "50000.00", "USD", "2025-05-01", "PURSUING"))
                    .post("/api/v1/participations/" + mine + "/outcomes").then().statusCode(201);
            as(Tokens.sme(sme)).body(anOutcome("CONTRACT", "50000.00", "USD", "2025-05-01", "PURSUING"))
                    .post("/api/v1/participations/" + theirs + "/outcomes").then().statusCode(404);
        }

        @Test
        void financeMayNotRecordOutcomes() {
            String participation = aSelectedParticipation(aProgramme().create());
            as(Tokens.finance()).body(anOutcome("CONSULTATION", "1", "USD", "2025-03-04", "OPEN"))
                    .post("/api/v1/participations/" + participation + "/outcomes").then().statusCode(403);
        }
    }

    @Nested
    class FollowUp {

        @Test
        void aFollowUpKeepsItsHistoryInTheAuditTrail() {
            String participation = aSelectedParticipation(aProgramme().create());
            String id = record(participation, anOutcome("CONTRACT", "100000.00", "USD", "2025-03-05", "PURSUING"));
            as(Tokens.officer()).body(Map.of("status", "SIGNED", "value", money("120000.00", "USD"), "note", "Signed in Madrid"))
                    .patch("/api/v1/outcomes/" + id).then().statusCode(200)
                    .body("status", equalTo("SIGNED")).body("value.amount", equalTo("120000.00"));
            as(Tokens.officer()).queryParam("entityType", "outcome").queryParam("entityId", id).get("/api/v1/audit-events").then()
                    .body("items[0].action", equalTo("followed-up"))
                    .body("items[0].before.status", equalTo("PURSUING"))
                    .body("items[0].after.status", equalTo("SIGNED"))
                    .body("items[0].before.value.amount", equalTo("100000.00"))
                    .body("items[0].after.value.amount", equalTo("120000.00"));
        }

        @Test
        void onlyStatusValueAndNoteCanBeFollowedUp() {
            String id = record(aSelectedParticipation(aProgramme().create()),
                    anOutcome("CONSULTATION", "1", "USD", "2025-03-05", "OPEN"));
            as(Tokens.officer()).body(Map.of("buyerName", "Someone else")).patch("/api/v1/outcomes/" + id).then().statusCode(400);
            as(Tokens.officer()).body(Map.of("status", "SIGNED")).patch("/api/v1/outcomes/" + id).then().statusCode(400);
        }

        @Test
        void anSmeCannotReadOrFollowUpAnotherCompanysOutcome() {
            String id = record(aSelectedParticipation(aProgramme().create()),
                    anOutcome("CONSULTATION", "1", "USD", "2025-03-05", "OPEN"));
            as(Tokens.sme(uniqueSubject("sme"))).get("/api/v1/outcomes/" + id).then().statusCode(404);
            as(Tokens.sme(uniqueSubject("sme"))).body(Map.of("status", "CLOSED")).patch("/api/v1/outcomes/" + id).then()
                    .statusCode(404);
        }
    }

    @Nested
    class Listing {

        @Test
        void anSmeListsOnlyItsOwnCompaniesOutcomes() {
            String sme = uniqueSubject("sme");
            String programme = aProgramme().create();
            String mine = record(aSelectedParticipation(programme, aVerifiedCompanyOf(sme)),
                    anOutcome("CONSULTATION", "1", "USD", "2025-03-05", "OPEN"));
            record(aSelectedParticipation(programme), anOutcome("CONSULTATION", "2", "USD", "2025-03-05", "OPEN"));
            as(Tokens.sme(sme)).get("/api/v1/programmes/" + programme + "/outcomes").then().statusCode(200)
                    .body("items.id", contains(mine));
            as(Tokens.finance()).queryParam("kind", "CONSULTATION").get("/api/v1/programmes/" + programme + "/outcomes").then()
                    .body("total", equalTo(2));
        }
    }

    @Nested
    class Import {

        private ValidatableResponse importCsv(String programme, String csv) {
            return given().auth().oauth2(Tokens.officer()).contentType("text/csv").body(csv)
                    .post("/api/v1/programmes/" + programme + "/outcomes/import").then();
        }

        private static final String HEADER = "company_brn,kind,buyer_name,buyer_country,amount,currency,occurred_on,status,note\n";

        @Test
        void aGoodFileImportsEveryRow() {
            String programme = aProgramme().create();
            String companyId = Fixtures.aVerifiedCompany();
            aSelectedParticipation(programme, companyId);
            String brn = as(Tokens.officer()).get("/api/v1/companies/" + companyId).then().extract().path("brn");
            importCsv(programme, HEADER
                    + brn + ",CONSULTATION,\"Vitra, Inc.\",NL,12000.00,EUR,2024-09-06,FOLLOW_UP,\"Sample deal, \"\"pending\"\"\"\n"
                    + brn.replace("-", "") + ",CONTRACT,Casa Grecia,GR,8000,USD,2024-09-07,SIGNED,\n")
                    .statusCode(200).body("imported", equalTo(2));
            as(Tokens.finance()).get("/api/v1/programmes/" + programme + "/outcomes").then()
                    .body("total", equalTo(2))
                    .body("items[0].buyerName", equalTo("Vitra, Inc."))
                    .body("items[0].note", equalTo("Sample deal, \"pending\""))
                    .body("items[1].value.amount", equalTo("8000.00"));
            as(Tokens.officer()).queryParam("entityType", "outcome").get("/api/v1/audit-events").then()
                    .body("items.action", hasItem("imported"));
        }

        @Test
        void aBadFileImportsNothingAndNamesEveryBadRowAndField() {
            String programme = aProgramme().create();
            String companyId = Fixtures.aVerifiedCompany();
            aSelectedParticipation(programme, companyId);
            String brn = as(Tokens.officer()).get("/api/v1/companies/" + companyId).then().extract().path("brn");
            String outsider = Fixtures.aValidBrn();
            importCsv(programme, HEADER
                    + brn + ",CONSULTATION,Good Buyer,NL,100.00,EUR,2024-09-06,OPEN,\n"
                    + outsider + ",CONSULTATION,Buyer,NL,100.00,EUR,2024-09-06,OPEN,\n"
                    + brn + ",MEETING,Buyer,Holland,100.001,EUR,2024-09-31,OPEN,\n"
                    + brn + ",CONTRACT,,NL,100,XYZ,2024-09-06,OPEN,\n")
                    .statusCode(422)
                    .body("errors.row", contains(3, 4, 4, 4, 4, 5, 5, 5))
                    .body("errors.field", contains("company_brn", "kind", "buyer_country", "amount", "occurred_on",
                            "buyer_name", "currency", "status"));
            as(Tokens.finance()).get("/api/v1/programmes/" + programme + "/outcomes").then().body("items", hasSize(0));
        }

        @Test
        void smesMayNotImport() {
            given().auth().oauth2(Tokens.sme("sme-x")).contentType("text/csv").body(HEADER)
                    .post("/api/v1/programmes/" + UUID.randomUUID() + "/outcomes/import").then().statusCode(403);
        }
    }
}

package org.pavilion.outcome;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.Fixtures.money;
import static org.pavilion.support.ProgrammeFixtures.aProgramme;
import static org.pavilion.support.ProgrammeFixtures.aSelectedParticipation;
import static org.pavilion.support.ProgrammeFixtures.today;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.pavilion.support.Concurrently;
import org.pavilion.support.OutcomeFixtures;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Contracts' signedOn and their verification by export evidence, as the contract states them. */
@QuarkusTest
class SignedAndVerifiedContractsTest {

    static String participation() {
        return aSelectedParticipation(aProgramme().create());
    }

    static ValidatableResponse create(String participation, Map<String, Object> body) {
        return as(Tokens.officer()).body(body).post("/api/v1/participations/" + participation + "/outcomes").then();
    }

    static Map<String, Object> contract(String status, String signedOn) {
        Map<String, Object> body = new HashMap<>(OutcomeFixtures.anOutcome("CONTRACT", "1000.00", "USD", "2025-03-04", status));
        if (signedOn != null) {
            body.put("signedOn", signedOn);
        }
        return body;
    }

    static ValidatableResponse verify(String outcome, String kind, String reference) {
        return as(Tokens.officer()).body(Map.of("status", "VERIFIED", "evidenceKind", kind, "evidenceReference", reference))
                .post("/api/v1/outcomes/" + outcome + "/verification").then();
    }

    static ValidatableResponse patch(String outcome, Map<String, Object> body) {
        return as(Tokens.officer()).body(body).patch("/api/v1/outcomes/" + outcome).then();
    }

    @Test
    void aContractCreatedSignedIsSignedOnItsDateUnlessOneIsGiven() {
        String p = participation();
        create(p, contract("SIGNED", null)).statusCode(201).body("signedOn", equalTo("2025-03-04"));
        create(p, contract("SIGNED", "2025-06-01")).statusCode(201).body("signedOn", equalTo("2025-06-01"));
        create(p, contract("PURSUING", null)).statusCode(201).body("signedOn", nullValue()).body("verification", nullValue());
        create(p, contract("SIGNED", "2025-03-03")).statusCode(400);
        Map<String, Object> consultation = new HashMap<>(OutcomeFixtures.anOutcome("CONSULTATION", "1.00", "USD", "2025-03-04", "OPEN"));
        consultation.put("signedOn", "2025-03-05");
        create(p, consultation).statusCode(400);
    }

    @Test
    void aContractThatBecomesSignedWithoutADateIsSignedOnTodaysSeoulDate() {
        String outcome = create(participation(), contract("PURSUING", null)).extract().path("id");
        patch(outcome, Map.of("status", "SIGNED")).statusCode(200).body("signedOn", equalTo(today().toString()));
        patch(outcome, Map.of("signedOn", "2025-01-01")).statusCode(400);
        patch(outcome, Map.of("signedOn", "2025-05-05")).statusCode(200).body("signedOn", equalTo("2025-05-05"));
        patch(outcome, Map.of("status", "CANCELLED")).statusCode(200).body("signedOn", nullValue());
    }

    @Test
    void onlySignedContractsAreVerifiedAndOneDeclarationBacksOneContract() {
        String p = participation();
        String signed = create(p, contract("SIGNED", null)).extract().path("id");
        String other = create(p, contract("SIGNED", null)).extract().path("id");
        String pursuing = create(p, contract("PURSUING", null)).extract().path("id");
        String consultation = OutcomeFixtures.record(p, OutcomeFixtures.anOutcome("CONSULTATION", "1.00", "USD", "2025-03-04", "OPEN"));
        String reference = "ED-" + UUID.randomUUID();
        verify(signed, "EXPORT_DECLARATION", reference).statusCode(200).body("verification.status", equalTo("VERIFIED"))
                .body("verification.evidenceKind", equalTo("EXPORT_DECLARATION"))
                .body("verification.evidenceReference", equalTo(reference))
                .body("verification.decidedBy.subject", equalTo("officer-kim")).body("verification.decidedAt", notNullValue());
        verify(other, "EXPORT_DECLARATION", "  " + reference.toLowerCase() + " ").statusCode(409)
                .body("type", containsString("evidence-already-used"));
        verify(other, "COMMERCIAL_INVOICE", reference).statusCode(200);
        verify(pursuing, "EXPORT_DECLARATION", "ED-x-" + UUID.randomUUID()).statusCode(409)
                .body("type", containsString("not-a-signed-contract"));
        verify(consultation, "EXPORT_DECLARATION", "ED-y-" + UUID.randomUUID()).statusCode(409);
        as(Tokens.sme("x")).body(Map.of("status", "VERIFIED", "evidenceKind", "EXPORT_DECLARATION", "evidenceReference", "r"))
                .post("/api/v1/outcomes/" + signed + "/verification").then().statusCode(403);
        as(Tokens.officer()).body(Map.of("status", "MAYBE", "evidenceKind", "EXPORT_DECLARATION", "evidenceReference", "r"))
                .post("/api/v1/outcomes/" + signed + "/verification").then().statusCode(400);
    }

    @Test
    void aChangeOfValueOrStatusClearsTheVerificationAndANoteAloneKeepsIt() {
        String p = participation();
        String outcome = create(p, contract("SIGNED", null)).extract().path("id");
        verify(outcome, "BILL_OF_LADING", "BL-" + UUID.randomUUID()).statusCode(200);
        patch(outcome, Map.of("note", "Shipped")).statusCode(200).body("verification.status", equalTo("VERIFIED"));
        patch(outcome, Map.of("value", money("1000.01", "USD"))).statusCode(200).body("verification", nullValue());
        as(Tokens.officer()).queryParam("entityId", outcome).get("/api/v1/audit-events").then()
                .body("items.action", hasItem("verification-cleared"));
        verify(outcome, "BILL_OF_LADING", "BL-" + UUID.randomUUID()).statusCode(200);
        patch(outcome, Map.of("value", money("1000.01", "EUR"))).statusCode(200).body("verification", nullValue());
        verify(outcome, "BILL_OF_LADING", "BL-" + UUID.randomUUID()).statusCode(200);
        patch(outcome, Map.of("status", "CANCELLED")).statusCode(200).body("verification", nullValue());
    }

    @Test
    void theSameEvidenceOnTwoContractsAtOnceVerifiesOnlyOne() throws Exception {
        String p = participation();
        String reference = "ED-race-" + UUID.randomUUID();
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String outcome = create(p, contract("SIGNED", null)).extract().path("id");
            attempts.add(() -> as(Tokens.officer()).body(Map.of("status", "VERIFIED", "evidenceKind", "EXPORT_DECLARATION",
                    "evidenceReference", reference)).post("/api/v1/outcomes/" + outcome + "/verification").statusCode());
        }
        List<Integer> codes = Concurrently.fireAtOnce(attempts);
        Assertions.assertThat(Concurrently.count(codes, 200)).isEqualTo(1);
        Assertions.assertThat(Concurrently.count(codes, 409)).isEqualTo(5);
    }
}

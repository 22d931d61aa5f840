package org.pavilion.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.OutcomeFixtures.anOutcome;
import static org.pavilion.support.OutcomeFixtures.rate;
import static org.pavilion.support.OutcomeFixtures.record;
import static org.pavilion.support.ProgrammeFixtures.aProgramme;
import static org.pavilion.support.ProgrammeFixtures.aSelectedParticipation;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pavilion.support.Fixtures;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Partners and cooperation agreements through the API, as api.md states them. */
@QuarkusTest
class AgreementApiTest {

    static String aPartner(String name) {
        return as(Tokens.officer()).body(Map.of("name", name, "nameLocal", "江苏省 " + name, "kind", "REGION", "country", "CN",
                "city", "Nanjing", "website", "https://www.jiangsu.gov.cn")).post("/api/v1/partners").then().statusCode(201)
                .extract().path("id");
    }

    static Map<String, Object> anAgreement(String title, String partner) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("kind", "MOU");
        body.put("signedOn", "2025-03-27");
        body.put("startsOn", "2025-03-27");
        body.put("partnerIds", List.of(partner));
        body.put("domesticParties", List.of("Gyeonggi Province"));
        body.put("areas", List.of("ECONOMY_TRADE", "HEALTHCARE"));
        body.put("summary", "Joint consultative body, one meeting a year");
        return body;
    }

    static String create(Map<String, Object> agreement) {
        return as(Tokens.officer()).body(agreement).post("/api/v1/agreements").then().statusCode(201).extract().path("id");
    }

    static String commitment(String agreement, String area, String dueOn) {
        Map<String, Object> body = new HashMap<>(Map.of("description", "Commitment " + UUID.randomUUID(), "area", area,
                "owner", "International Cooperation Bureau"));
        if (dueOn != null) {
            body.put("dueOn", dueOn);
        }
        return as(Tokens.officer()).body(body).post("/api/v1/agreements/" + agreement + "/commitments").then().statusCode(201)
                .body("status", equalTo("PLANNED")).extract().path("id");
    }

    static ValidatableResponse move(String commitment, String to) {
        return as(Tokens.officer()).body(Map.of("to", to, "note", "moved")).post("/api/v1/commitments/" + commitment + "/transitions")
                .then();
    }

    static void meeting(String agreement, String heldOn) {
        as(Tokens.officer()).body(Map.of("heldOn", heldOn, "kind", "JOINT_CONSULTATIVE", "place", "Nanjing", "attendees", 12,
                "summary", "Annual meeting")).post("/api/v1/agreements/" + agreement + "/meetings").then().statusCode(201)
                .body("id", notNullValue());
    }

    @Nested
    class Access {

        @Test
        void smesAndReviewersHaveNoAccessAndFinanceOnlyReads() {
            for (String token : List.of(Tokens.sme("agreement-sme"), Tokens.forUser("agreement-reviewer", "reviewer"))) {
                as(token).get("/api/v1/partners").then().statusCode(403);
                as(token).get("/api/v1/agreements").then().statusCode(403);
                as(token).get("/api/v1/reports/agreements").then().statusCode(403);
                as(token).body(Map.of("name", "X", "kind", "REGION", "country", "CN")).post("/api/v1/partners").then().statusCode(403);
            }
            as(Tokens.finance()).get("/api/v1/agreements").then().statusCode(200);
            as(Tokens.finance()).body(Map.of("name", "X", "kind", "REGION", "country", "CN")).post("/api/v1/partners").then()
                    .statusCode(403);
        }
    }

    @Nested
    class Partners {

        @Test
        void aPartnerIsRegisteredFoundByPartOfEitherNameAndChangedWithAnAudit() {
            String marker = UUID.randomUUID().toString().substring(0, 8);
            String id = aPartner("Jiangsu " + marker);
            as(Tokens.finance()).queryParam("q", "江苏省 JIANGSU " + marker.toUpperCase()).get("/api/v1/partners").then().statusCode(200)
                    .body("items.id", contains(id));
            as(Tokens.finance()).queryParam("q", marker).queryParam("country", "us").get("/api/v1/partners").then()
                    .body("total", equalTo(0));
            as(Tokens.officer()).body(Map.of("city", "Suzhou")).patch("/api/v1/partners/" + id).then().statusCode(200)
                    .body("city", equalTo("Suzhou")).body("country", equalTo("CN"));
            as(Tokens.officer()).queryParam("entityType", "partner").queryParam("entityId", id).get("/api/v1/audit-events").then()
                    .body("items.action", contains("updated", "created"));
        }

        @Test
        void badPartnersAre400() {
            as(Tokens.officer()).body(Map.of("name", "X", "kind", "PLANET", "country", "CN")).post("/api/v1/partners").then().statusCode(400);
            as(Tokens.officer()).body(Map.of("name", "X", "kind", "REGION", "country", "China")).post("/api/v1/partners").then()
                    .statusCode(400);
            as(Tokens.officer()).body(Map.of("name", " ", "kind", "REGION", "country", "CN")).post("/api/v1/partners").then()
                    .statusCode(400);
            as(Tokens.officer()).body(Map.of("kind", "REGION")).patch("/api/v1/partners/" + UUID.randomUUID()).then().statusCode(404);
        }
    }

    @Nested
    class Agreements {

        @Test
        void anAgreementNamesExistingPartnersAndEndsNoEarlierThanItStarts() {
            String partner = aPartner("Hangzhou");
            Map<String, Object> unknown = anAgreement("Unknown partner", UUID.randomUUID().toString());
            as(Tokens.officer()).body(unknown).post("/api/v1/agreements").then().statusCode(400).body("errors[0].field", equalTo("partnerIds"));
            Map<String, Object> none = anAgreement("No partner", partner);
            none.put("partnerIds", List.of());
            as(Tokens.officer()).body(none).post("/api/v1/agreements").then().statusCode(400);
            Map<String, Object> backwards = anAgreement("Backwards", partner);
            backwards.put("endsOn", "2025-03-26");
            as(Tokens.officer()).body(backwards).post("/api/v1/agreements").then().statusCode(400);
            Map<String, Object> badArea = anAgreement("Bad area", partner);
            badArea.put("areas", List.of("SPACE"));
            as(Tokens.officer()).body(badArea).post("/api/v1/agreements").then().statusCode(400);
        }

        @Test
        void theStatusIsDerivedFromTheDateAndTerminationIsOnce() {
            String partner = aPartner("Utah");
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
            Map<String, Object> ended = anAgreement("Ended yesterday", partner);
            ended.put("endsOn", today.minusDays(1).toString());
            String expired = create(ended);
            Map<String, Object> running = anAgreement("Ends today", partner);
            running.put("endsOn", today.toString());
            String active = create(running);
            as(Tokens.finance()).get("/api/v1/agreements/" + expired).then().body("status", equalTo("EXPIRED"))
                    .body("partners[0].name", equalTo("Utah"));
            as(Tokens.finance()).get("/api/v1/agreements/" + active).then().body("status", equalTo("ACTIVE"));
            List<String> expiredOnes = as(Tokens.finance()).queryParam("partnerId", partner).queryParam("status", "EXPIRED")
                    .get("/api/v1/agreements").then().statusCode(200).extract().path("items.id");
            assertThat(expiredOnes).containsExactly(expired);
            as(Tokens.finance()).queryParam("status", "GONE").get("/api/v1/agreements").then().statusCode(400);

            as(Tokens.officer()).body(Map.of("reason", "Superseded")).post("/api/v1/agreements/" + active + "/terminate").then()
                    .statusCode(200).body("status", equalTo("TERMINATED")).body("terminatedOn", equalTo(today.toString()));
            as(Tokens.officer()).body(Map.of("reason", "Again")).post("/api/v1/agreements/" + active + "/terminate").then()
                    .statusCode(409).body("type", equalTo("https://pavilion.example/problems/agreement-terminated"));
            as(Tokens.officer()).body(Map.of("description", "Late", "area", "TOURISM"))
                    .post("/api/v1/agreements/" + active + "/commitments").then().statusCode(409);
            as(Tokens.officer()).queryParam("entityType", "agreement").queryParam("entityId", active).get("/api/v1/audit-events")
                    .then().body("items.action", contains("terminated", "created"));
        }

        @Test
        void itsPartnersKeepTheOrderGivenAndMayBeReordered() {
            String first = aPartner("Hangzhou Municipal Government");
            String second = aPartner("Hangzhou Global Innovation Center");
            Map<String, Object> body = anAgreement("Two partners", first);
            body.put("partnerIds", List.of(first, second, first));
            String id = create(body);
            as(Tokens.finance()).get("/api/v1/agreements/" + id).then().body("partners.id", contains(first, second));
            as(Tokens.officer()).body(Map.of("partnerIds", List.of(second, first))).patch("/api/v1/agreements/" + id).then()
                    .statusCode(200).body("partners.id", contains(second, first));
        }

        @Test
        void anAgreementIsChangedByPatchAndTheListFiltersByArea() {
            String partner = aPartner("Long An");
            String id = create(anAgreement("Long An investment", partner));
            as(Tokens.officer()).body(Map.of("areas", List.of("INVESTMENT"), "endsOn", "2027-12-31")).patch("/api/v1/agreements/" + id)
                    .then().statusCode(200).body("areas", contains("INVESTMENT")).body("endsOn", equalTo("2027-12-31"));
            as(Tokens.officer()).body(Map.of("endsOn", "2020-01-01")).patch("/api/v1/agreements/" + id).then().statusCode(400);
            as(Tokens.officer()).body(Map.of("startsOn", "2028-01-01", "partnerIds", List.of(partner))).patch("/api/v1/agreements/" + id)
                    .then().statusCode(400).body("errors[0].field", equalTo("endsOn"));
            as(Tokens.officer()).body(Map.of("partnerIds", List.of())).patch("/api/v1/agreements/" + id).then().statusCode(400);
            List<String> investment = as(Tokens.finance()).queryParam("partnerId", partner).queryParam("area", "INVESTMENT")
                    .get("/api/v1/agreements").then().extract().path("items.id");
            assertThat(investment).containsExactly(id);
            List<String> healthcare = as(Tokens.finance()).queryParam("partnerId", partner).queryParam("area", "HEALTHCARE")
                    .get("/api/v1/agreements").then().extract().path("items.id");
            assertThat(healthcare).isEmpty();
        }
    }

    @Nested
    class Commitments {

        @Test
        void commitmentsMoveOnlyAlongTheirStatusMachine() {
            String agreement = create(anAgreement("Commitments", aPartner("Jiangsu")));
            String c = commitment(agreement, "YOUTH_EXCHANGE", "2030-01-01");
            move(c, "DONE").statusCode(409).body("type", equalTo("https://pavilion.example/problems/illegal-transition"));
            move(c, "PLANNED").statusCode(409);
            move(c, "IN_PROGRESS").statusCode(200).body("status", equalTo("IN_PROGRESS"));
            move(c, "PLANNED").statusCode(409);
            move(c, "DONE").statusCode(200).body("status", equalTo("DONE"));
            move(c, "DROPPED").statusCode(409);
            String d = commitment(agreement, "AGRICULTURE", null);
            move(d, "DROPPED").statusCode(200);
            move(d, "IN_PROGRESS").statusCode(409);
            move(d, "WHATEVER").statusCode(400);
            as(Tokens.officer()).body(Map.of("to", "DONE")).post("/api/v1/commitments/" + UUID.randomUUID() + "/transitions").then()
                    .statusCode(404);
            as(Tokens.finance()).get("/api/v1/agreements/" + agreement + "/commitments").then().statusCode(200)
                    .body("items.id", contains(c, d)).body("items.status", contains("DONE", "DROPPED"));
            as(Tokens.officer()).queryParam("entityType", "commitment").queryParam("entityId", c).get("/api/v1/audit-events").then()
                    .body("items.action", contains("status-changed", "status-changed", "created"))
                    .body("items[0].after.status", equalTo("DONE")).body("items[0].after.note", equalTo("moved"));
        }

        @Test
        void anOpenCommitmentPastItsDueDateIsOverdue() {
            String agreement = create(anAgreement("Overdue", aPartner("Hangzhou")));
            String late = commitment(agreement, "STARTUPS", "2020-01-01");
            as(Tokens.finance()).get("/api/v1/commitments/" + late).then().statusCode(200).body("overdue", equalTo(true));
            move(late, "DROPPED").statusCode(200).body("overdue", equalTo(false));
            as(Tokens.officer()).body(Map.of("description", "x", "area", "STARTUPS"))
                    .post("/api/v1/agreements/" + UUID.randomUUID() + "/commitments").then().statusCode(404);
        }
    }

    @Nested
    class Meetings {

        @Test
        void meetingsAreListedNewestFirst() {
            String agreement = create(anAgreement("Meetings", aPartner("Jiangsu")));
            meeting(agreement, "2025-03-27");
            meeting(agreement, "2026-03-27");
            as(Tokens.finance()).get("/api/v1/agreements/" + agreement + "/meetings").then().statusCode(200)
                    .body("items.heldOn", contains("2026-03-27", "2025-03-27"));
            as(Tokens.officer()).body(Map.of("heldOn", "2025-03-27", "kind", "PARTY")).post("/api/v1/agreements/" + agreement + "/meetings")
                    .then().statusCode(400);
            as(Tokens.officer()).body(Map.of("heldOn", "2025-03-27", "kind", "VISIT", "attendees", -1))
                    .post("/api/v1/agreements/" + agreement + "/meetings").then().statusCode(400);
        }
    }

    @Nested
    class Programmes {

        @Test
        void aProgrammeNamesTheAgreementItCarriesOut() {
            String agreement = create(anAgreement("Programmes", aPartner("Jiangsu")));
            Map<String, Object> body = aProgramme().body();
            body.put("agreementId", UUID.randomUUID().toString());
            as(Tokens.officer()).body(body).post("/api/v1/programmes").then().statusCode(400).body("errors[0].field", equalTo("agreementId"));
            body.put("agreementId", agreement);
            String programme = as(Tokens.officer()).body(body).post("/api/v1/programmes").then().statusCode(201)
                    .body("agreementId", equalTo(agreement)).extract().path("id");
            Map<String, Object> unlink = new HashMap<>();
            unlink.put("agreementId", null);
            as(Tokens.officer()).body(unlink).put("/api/v1/programmes/" + programme + "/agreement").then().statusCode(200)
                    .body("agreementId", nullValue());
            as(Tokens.officer()).body(Map.of("agreementId", agreement)).put("/api/v1/programmes/" + programme + "/agreement").then()
                    .statusCode(200).body("agreementId", equalTo(agreement));
            as(Tokens.finance()).body(Map.of("agreementId", agreement)).put("/api/v1/programmes/" + programme + "/agreement").then()
                    .statusCode(403);
            as(Tokens.officer()).queryParam("entityType", "programme").queryParam("entityId", programme).get("/api/v1/audit-events")
                    .then().body("items.action", hasItem("agreement-linked"));
        }
    }

    /**
     * Worked by hand. Rates on 2018-07-02: USD 1,300, EUR 1,430 KRW. Agreement A (ends 2026-06-30) has 5 commitments:
     * IN_PROGRESS due 2025-12-01, DONE, IN_PROGRESS due 2026-01-10, PLANNED due 2026-02-01 and DROPPED, so 1 done of 4
     * counted (0.2500), 2 overdue on 2026-01-15 and 3 on 2026-07-01; meetings on 2025-01-10, 2025-06-01, 2026-01-15
     * and 2026-03-01; two linked programmes with companies X and Y (X in both). Programme 1: a USD 1,000 consultation
     * (KRW 1,300,000), a KRW 2,600,000 PURSUING contract (USD 2,000.00) and a USD 5,000 CANCELLED one (not counted);
     * programme 2: a EUR 100.00 SIGNED contract (KRW 143,000, USD 110.00). B has nothing and was terminated today.
     */
    @Nested
    class Report {

        @Test
        void theReportCountsCommitmentsMeetingsCompaniesAndMoneyAsOfTheDayAsked() throws Exception {
            rate("USD", "2018-07-02", "1300");
            rate("EUR", "2018-07-02", "1430");
            String partner = aPartner("Jiangsu");
            Map<String, Object> a = anAgreement("Report A " + UUID.randomUUID(), partner);
            a.put("endsOn", "2026-06-30");
            String agreementA = create(a);
            String agreementB = create(anAgreement("Report B " + UUID.randomUUID(), partner));
            as(Tokens.officer()).body(Map.of("reason", "Ended by both sides")).post("/api/v1/agreements/" + agreementB + "/terminate")
                    .then().statusCode(200);

            move(commitment(agreementA, "ECONOMY_TRADE", "2025-12-01"), "IN_PROGRESS").statusCode(200);
            String done = commitment(agreementA, "ECONOMY_TRADE", "2025-12-01");
            move(done, "IN_PROGRESS").statusCode(200);
            move(done, "DONE").statusCode(200);
            move(commitment(agreementA, "HEALTHCARE", "2026-01-10"), "IN_PROGRESS").statusCode(200);
            commitment(agreementA, "CLIMATE_ENVIRONMENT", "2026-02-01");
            move(commitment(agreementA, "AGRICULTURE", "2025-06-01"), "DROPPED").statusCode(200);
            for (String day : List.of("2025-01-10", "2025-06-01", "2026-01-15", "2026-03-01")) {
                meeting(agreementA, day);
            }

            String x = Fixtures.aVerifiedCompany();
            String y = Fixtures.aVerifiedCompany();
            Map<String, Object> first = aProgramme().body();
            first.put("agreementId", agreementA);
            String programme1 = as(Tokens.officer()).body(first).post("/api/v1/programmes").then().statusCode(201).extract().path("id");
            Map<String, Object> second = aProgramme().body();
            second.put("agreementId", agreementA);
            String programme2 = as(Tokens.officer()).body(second).post("/api/v1/programmes").then().statusCode(201).extract().path("id");
            String px = aSelectedParticipation(programme1, x);
            aSelectedParticipation(programme1, y);
            String px2 = aSelectedParticipation(programme2, x);
            record(px, anOutcome("CONSULTATION", "1000.00", "USD", "2018-07-02", "OPEN"));
            record(px, anOutcome("CONTRACT", "2600000", "KRW", "2018-07-02", "PURSUING"));
            record(px, anOutcome("CONTRACT", "5000.00", "USD", "2018-07-02", "CANCELLED"));
            record(px2, anOutcome("CONTRACT", "100.00", "EUR", "2018-07-02", "SIGNED"));

            JsonPath january = as(Tokens.finance()).queryParam("asOf", "2026-01-15").get("/api/v1/reports/agreements").then()
                    .statusCode(200).body("asOf", equalTo("2026-01-15")).extract().jsonPath();
            String rowA = "rows.find { it.agreementId == '" + agreementA + "' }";
            assertThat(january.getString(rowA + ".status")).isEqualTo("ACTIVE");
            assertThat(january.getList(rowA + ".partners")).containsExactly("Jiangsu");
            assertThat(january.getMap(rowA + ".commitments")).containsAllEntriesOf(
                    Map.of("planned", 1, "inProgress", 2, "done", 1, "dropped", 1, "overdue", 2));
            assertThat(january.getString(rowA + ".implementationRate")).isEqualTo("0.2500");
            assertThat(january.getString(rowA + ".lastMeetingOn")).isEqualTo("2026-01-15");
            assertThat(january.getInt(rowA + ".meetingsLast12Months")).isEqualTo(2);
            assertThat(january.getInt(rowA + ".programmes")).isEqualTo(2);
            assertThat(january.getInt(rowA + ".companies")).isEqualTo(2);
            assertThat(january.getInt(rowA + ".consultations.count")).isEqualTo(1);
            assertThat(january.getString(rowA + ".consultations.value.KRW.amount")).isEqualTo("1300000");
            assertThat(january.getString(rowA + ".consultations.value.USD.amount")).isEqualTo("1000.00");
            assertThat(january.getInt(rowA + ".contracts.count")).isEqualTo(2);
            assertThat(january.getString(rowA + ".contracts.value.KRW.amount")).isEqualTo("2743000");
            assertThat(january.getString(rowA + ".contracts.value.USD.amount")).isEqualTo("2110.00");
            String rowB = "rows.find { it.agreementId == '" + agreementB + "' }";
            assertThat(january.getString(rowB + ".status")).isEqualTo("ACTIVE");
            assertThat(january.getString(rowB + ".implementationRate")).isNull();
            assertThat(january.getInt(rowB + ".programmes")).isZero();
            assertThat(january.getString(rowB + ".contracts.value.KRW.amount")).isEqualTo("0");

            JsonPath july = as(Tokens.finance()).queryParam("asOf", "2026-07-01").get("/api/v1/reports/agreements").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(july.getString(rowA + ".status")).isEqualTo("EXPIRED");
            assertThat(july.getInt(rowA + ".commitments.overdue")).isEqualTo(3);
            assertThat(july.getString(rowA + ".lastMeetingOn")).isEqualTo("2026-03-01");
            assertThat(july.getInt(rowA + ".meetingsLast12Months")).isEqualTo(2);
            JsonPath today = as(Tokens.finance()).get("/api/v1/reports/agreements").then().statusCode(200).extract().jsonPath();
            assertThat(today.getString(rowB + ".status")).isEqualTo("TERMINATED");

            String csv = as(Tokens.finance()).accept("text/csv").queryParam("asOf", "2026-01-15").get("/api/v1/reports/agreements").then()
                    .statusCode(200).extract().asString();
            assertThat(csv).startsWith("agreement_id,title,partners,status,planned,in_progress,done,dropped,overdue,implementation_rate,")
                    .contains(agreementA + "," + a.get("title") + ",Jiangsu,ACTIVE,1,2,1,1,2,0.2500,2026-01-15,2,2,2,1,1300000,1000.00,2,2743000,2110.00");
            byte[] xlsx = as(Tokens.finance()).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .get("/api/v1/reports/agreements").then().statusCode(200).extract().asByteArray();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(workbook.getSheet("Agreements").getRow(0).getCell(9).getStringCellValue()).isEqualTo("Implementation rate");
            }
            as(Tokens.finance()).queryParam("asOf", "2026-13-01").get("/api/v1/reports/agreements").then().statusCode(400);
        }
    }
}

package org.pavilion.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.ProgrammeFixtures.aFair;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Fixtures;
import org.pavilion.support.OutcomeFixtures;
import org.pavilion.support.ProgrammeFixtures;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The conventions that keep a client's mistake from becoming a row that breaks later reads: dates are
 * strings of years 1900 to 2999, text has no control characters, amounts stay within 10^15, a JSON
 * object names each field once. Each refusal is a 400 problem and stores nothing.
 */
@QuarkusTest
class StrictInputTest {

    private static final String FAIRS = "/api/v1/fairs";

    private static int fairCount() {
        return as(Tokens.officer()).get(FAIRS + "?size=1").then().statusCode(200).extract().path("total");
    }

    private static void refused(Map<String, Object> fair, String field) {
        int before = fairCount();
        as(Tokens.officer()).body(fair).post(FAIRS).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        assertThat(fairCount()).isEqualTo(before);
    }

    private static Map<String, Object> fairWith(String field, Object value) {
        Map<String, Object> fair = aFair();
        fair.put(field, value);
        return fair;
    }

    @Test
    void aDateSentAsANumberIsRefusedNotReadAsDaysSince1970() {
        refused(fairWith("startsOn", 20250303), "startsOn");
        refused(fairWith("startsOn", 20250303.5), "startsOn");
        refused(fairWith("startsOn", Map.of("year", 2025)), "startsOn");
    }

    @Test
    void datesAreAcceptedFrom1900To2999AndRefusedBeyond() {
        refused(fairWith("startsOn", "1899-12-31"), "startsOn");
        refused(fairWith("endsOn", "3000-01-01"), "endsOn");
        refused(fairWith("endsOn", "+57412-01-01"), "endsOn");
        refused(fairWith("startsOn", "2025-3-3"), "startsOn");
        refused(fairWith("startsOn", "2025-02-30"), "startsOn");
        Map<String, Object> widest = aFair();
        widest.put("startsOn", "1900-01-01");
        widest.put("endsOn", "2999-12-31");
        as(Tokens.officer()).body(widest).post(FAIRS).then().statusCode(201).body("endsOn", equalTo("2999-12-31"));
    }

    @Test
    void aDateQueryParameterFollowsTheSameRule() {
        as(Tokens.officer()).get("/api/v1/audit-events?from=3000-01-01").then().statusCode(400);
        as(Tokens.finance()).get("/api/v1/fx-rates?from=20250303").then().statusCode(400);
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreRefusedInEveryTextField() {
        for (String bad : new String[] { "\u0000", "a\u0001b", "\u001b[31m", "x\u007f", "\u0085", "\ud800", "\udc00x", "x\ud83d" }) {
            refused(fairWith("name", "Fair " + bad), "name");
            refused(fairWith("venue", bad), "venue");
        }
        refused(fairWith("sectors", List.of("ok", "bad\u0000")), "sectors[1]");
    }

    @Test
    void tabsLineBreaksRightToLeftMarksEmojiAndEveryScriptAreText() {
        String text = "전시회\tFair\r\nمعرض \u200f 展会 😀 \u202e";
        as(Tokens.officer()).body(fairWith("name", text)).post(FAIRS).then().statusCode(201).body("name", equalTo(text));
    }

    @Test
    void aTextFilterWithAControlCharacterIsRefused() {
        as(Tokens.officer()).queryParam("q", "a\u0000").get("/api/v1/companies").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void amountsAreAcceptedUpTo10To15AndRefusedBeyond() {
        String programme = ProgrammeFixtures.aProgramme().create();
        String participation = ProgrammeFixtures.aSelectedParticipation(programme);
        OutcomeFixtures.record(participation, OutcomeFixtures.anOutcome("CONTRACT", "1000000000000000.00", "USD", "2025-03-04", "SIGNED"));
        for (String amount : new String[] { "1000000000000000.01", "1000000000000001", "9".repeat(40), "1" + "0".repeat(39) }) {
            as(Tokens.officer()).body(OutcomeFixtures.anOutcome("CONTRACT", amount, "USD", "2025-03-04", "SIGNED"))
                    .post("/api/v1/participations/" + participation + "/outcomes").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        as(Tokens.officer()).get("/api/v1/programmes/" + programme + "/outcomes").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aFieldNamedTwiceIsRefused() {
        String body = "{\"name\":\"A\",\"name\":\"B\",\"country\":\"ES\",\"city\":\"x\",\"startsOn\":\"2025-03-03\",\"endsOn\":\"2025-03-06\"}";
        as(Tokens.officer()).body(body).post(FAIRS).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aCsvFieldWithAControlCharacterIsRefusedAndNothingIsImported() {
        String csv = "currency,date,krw_per_unit,source\nCHF,2997-03-03,1500,fine\nCHF,2997-03-04,1500,bad\u0000source\n";
        Fixtures.as(Tokens.finance()).contentType("text/csv").body(csv).post("/api/v1/fx-rates/import").then().statusCode(422)
                .contentType("application/problem+json");
        as(Tokens.finance()).get("/api/v1/fx-rates?currency=CHF&from=2997-03-03&to=2997-03-04").then().statusCode(200)
                .body("total", equalTo(0));
        String farDate = "currency,date,krw_per_unit,source\nEUR,3041-01-01,1500,far\n";
        Fixtures.as(Tokens.finance()).contentType("text/csv").body(farDate).post("/api/v1/fx-rates/import").then().statusCode(422);
    }
}

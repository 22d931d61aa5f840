package org.pavilion.fx;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.pavilion.support.Fixtures.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** A rate import writes one audit event per rate: created with its values, or updated with what it was and is. */
@QuarkusTest
class FxImportAuditTest {

    private static final String HEADER = "currency,date,krw_per_unit,source\n";

    /** The fx-rate audit events of one currency and date, newest first. */
    private static List<Map<String, Object>> eventsOf(String currency, String date) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (int page = 0;; page++) {
            List<Map<String, Object>> items = as(Tokens.finance()).queryParam("entityType", "fx-rate").queryParam("size", 200)
                    .queryParam("page", page).get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath().getList("items");
            for (Map<String, Object> event : items) {
                @SuppressWarnings("unchecked")
                Map<String, Object> after = (Map<String, Object>) event.get("after");
                if (currency.equals(after.get("currency")) && date.equals(after.get("date"))) {
                    found.add(event);
                }
            }
            if (items.size() < 200) {
                return found;
            }
        }
    }

    private static void importRate(String date, String rate, String source) {
        given().auth().oauth2(Tokens.finance()).contentType("text/csv").body(HEADER + "SEK," + date + "," + rate + "," + source + "\n")
                .post("/api/v1/fx-rates/import").then().statusCode(200).body("imported", equalTo(1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void importedRatesAreAuditedAsCreatedThenUpdated() {
        String date = LocalDate.of(2996, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(1400)).toString();
        importRate(date, "131.25", "First import");
        List<Map<String, Object>> events = eventsOf("SEK", date);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("action")).isEqualTo("created");
        assertThat(events.get(0).get("before")).isNull();
        assertThat((Map<String, Object>) events.get(0).get("after")).containsEntry("krwPerUnit", "131.25").containsEntry("source",
                "First import");

        importRate(date, "132.5", "Corrected");
        events = eventsOf("SEK", date);
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("action")).isEqualTo("updated");
        assertThat(events.get(0).get("entityId")).isEqualTo(events.get(1).get("entityId"));
        assertThat((Map<String, Object>) events.get(0).get("before")).containsEntry("krwPerUnit", "131.25").containsEntry("source",
                "First import");
        assertThat((Map<String, Object>) events.get(0).get("after")).containsEntry("krwPerUnit", "132.5").containsEntry("source",
                "Corrected");
    }
}

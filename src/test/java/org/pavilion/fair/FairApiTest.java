package org.pavilion.fair;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.ProgrammeFixtures.aFair;
import static org.pavilion.support.ProgrammeFixtures.aFairId;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FairApiTest {

    @Test
    void anOfficerCreatesAFairThatEveryRoleCanRead() {
        String id = aFairId();
        as(Tokens.sme("sme-any")).get("/api/v1/fairs/" + id).then().statusCode(200)
                .body("name", equalTo("MWC Barcelona 2025"))
                .body("country", equalTo("ES"))
                .body("sectors", hasItem("Data security"));
    }

    @Test
    void aFairCannotEndBeforeItStarts() {
        Map<String, Object> fair = aFair();
        fair.put("endsOn", "2025-03-01");
        as(Tokens.officer()).body(fair).post("/api/v1/fairs").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theCountryMustBeAnIsoCode() {
        Map<String, Object> fair = aFair();
        fair.put("country", "Spain");
        as(Tokens.officer()).body(fair).post("/api/v1/fairs").then().statusCode(400).body("errors.field", hasItem("country"));
    }

    @Test
    void smesAndFinanceMayNotCreateFairs() {
        as(Tokens.sme("sme-any")).body(aFair()).post("/api/v1/fairs").then().statusCode(403);
        as(Tokens.finance()).body(aFair()).post("/api/v1/fairs").then().statusCode(403);
    }

    @Test
    void fairsAreFoundByCountryDateRangeAndPartOfTheSeries() {
        Map<String, Object> fair = aFair();
        String series = "Maison&Objet " + System.nanoTime();
        fair.put("series", series);
        fair.put("name", "Maison&Objet Paris September 2024");
        fair.put("country", "FR");
        fair.put("startsOn", "2024-09-05");
        fair.put("endsOn", "2024-09-09");
        as(Tokens.officer()).body(fair).post("/api/v1/fairs").then().statusCode(201);
        as(Tokens.finance()).queryParam("q", series.toLowerCase()).get("/api/v1/fairs").then().statusCode(200)
                .body("total", equalTo(1));
        as(Tokens.finance()).queryParam("country", "FR").queryParam("from", "2024-09-09").queryParam("to", "2024-09-30")
                .queryParam("size", 200).get("/api/v1/fairs").then().statusCode(200)
                .body("items.country", everyItem(equalTo("FR")))
                .body("items.series", hasItem(series));
        as(Tokens.finance()).queryParam("from", "yesterday").get("/api/v1/fairs").then().statusCode(400);
    }

    @Test
    void anOfficerChangesAFairAndTheChangeIsAudited() {
        String id = aFairId();
        as(Tokens.officer()).body(Map.of("venue", "Fira Montjuïc")).patch("/api/v1/fairs/" + id).then().statusCode(200)
                .body("venue", equalTo("Fira Montjuïc"));
        as(Tokens.officer()).queryParam("entityType", "fair").queryParam("entityId", id).get("/api/v1/audit-events").then()
                .body("items[0].action", equalTo("updated"))
                .body("items[0].after.venue", equalTo("Fira Montjuïc"));
        as(Tokens.officer()).body(Map.of("endsOn", "2025-01-01")).patch("/api/v1/fairs/" + id).then().statusCode(400);
    }
}

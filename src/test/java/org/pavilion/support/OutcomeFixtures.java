package org.pavilion.support;

import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.Fixtures.money;

import java.util.HashMap;
import java.util.Map;

/** Outcomes and exchange rates arranged through the API. */
public final class OutcomeFixtures {

    private OutcomeFixtures() {
    }

    public static Map<String, Object> anOutcome(String kind, String amount, String currency, String occurredOn, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("buyerName", "Buyer " + System.nanoTime());
        body.put("buyerCountry", "ES");
        body.put("value", money(amount, currency));
        body.put("occurredOn", occurredOn);
        body.put("status", status);
        return body;
    }

    public static String record(String participationId, Map<String, Object> outcome) {
        return as(Tokens.officer()).body(outcome).post("/api/v1/participations/" + participationId + "/outcomes").then()
                .statusCode(201).extract().path("id");
    }

    public static void rate(String currency, String date, String krwPerUnit) {
        as(Tokens.finance()).body(Map.of("krwPerUnit", krwPerUnit, "source", "Test rate"))
                .put("/api/v1/fx-rates/" + currency + "/" + date).then().statusCode(200);
    }
}

package org.pavilion.support;

import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.Fixtures.money;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fairs with chosen dates, programmes at them and attended participations, through the API. */
public final class FollowUpFixtures {

    private FollowUpFixtures() {
    }

    /** A fair of the series, ending on {@code endsOn}; answers its id. */
    public static String aFairEnding(String series, LocalDate endsOn) {
        Map<String, Object> fair = new HashMap<>(ProgrammeFixtures.aFair());
        fair.put("name", series + " " + endsOn.getYear() + " " + System.nanoTime());
        fair.put("series", series);
        fair.put("startsOn", endsOn.minusDays(3).toString());
        fair.put("endsOn", endsOn.toString());
        return as(Tokens.officer()).body(fair).post("/api/v1/fairs").then().statusCode(201).extract().path("id");
    }

    /** An exhibition programme at the fair; answers its id. */
    public static String aProgrammeAt(String fairId) {
        Map<String, Object> body = ProgrammeFixtures.aProgramme().body();
        body.put("kind", "EXHIBITION");
        body.put("fairId", fairId);
        return as(Tokens.officer()).body(body).post("/api/v1/programmes").then().statusCode(201).extract().path("id");
    }

    /** An officer registers the company and moves it through CONFIRMED to ATTENDED; answers the participation id. */
    public static String anAttendedParticipation(String programmeId, String companyId) {
        String id = ProgrammeFixtures.aSelectedParticipation(programmeId, companyId);
        for (String to : List.of("CONFIRMED", "ATTENDED")) {
            as(Tokens.officer()).body(Map.of("to", to)).post("/api/v1/participations/" + id + "/transitions").then().statusCode(200);
        }
        return id;
    }

    /** A contract, optionally signed on a date; answers the outcome id. */
    public static String aContract(String participationId, String amount, String currency, String occurredOn, String status,
            String signedOn, String buyerCountry) {
        Map<String, Object> body = new HashMap<>(OutcomeFixtures.anOutcome("CONTRACT", amount, currency, occurredOn, status));
        body.put("buyerCountry", buyerCountry);
        if (signedOn != null) {
            body.put("signedOn", signedOn);
        }
        return as(Tokens.officer()).body(body).post("/api/v1/participations/" + participationId + "/outcomes").then()
                .statusCode(201).extract().path("id");
    }

    public static void allocate(String participationId, long won) {
        as(Tokens.officer()).body(Map.of("category", "EXHIBITION_FEE", "amount", money(Long.toString(won), "KRW")))
                .post("/api/v1/participations/" + participationId + "/allocations").then().statusCode(201);
    }
}

package org.pavilion.support;

import static org.pavilion.support.Fixtures.as;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.ValidatableResponse;

/** Selection in the fixture vocabulary: settings, panels and reviews, through the API. */
public final class SelectionFixtures {

    private SelectionFixtures() {
    }

    /** Criteria from alternating keys and weights: {@code criteria("a", "1", "b", "2")}. */
    public static List<Map<String, Object>> criteria(String... keysAndWeights) {
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (int i = 0; i < keysAndWeights.length; i += 2) {
            criteria.add(Map.of("key", keysAndWeights[i], "label", "Criterion " + keysAndWeights[i], "weight", keysAndWeights[i + 1]));
        }
        return criteria;
    }

    public static Map<String, Object> settings(int seats, int reviewsRequired, List<Map<String, Object>> criteria) {
        return Map.of("seats", seats, "reviewsRequired", reviewsRequired, "criteria", criteria);
    }

    /** PUT the settings of a programme ({@code root} "programmes") or voucher programme ("voucher-programmes"). */
    public static ValidatableResponse configure(String root, String callId, Map<String, Object> settings) {
        return as(Tokens.officer()).body(settings).put("/api/v1/" + root + "/" + callId + "/selection").then();
    }

    /** Puts a reviewer on the call's panel and answers its token. */
    public static String aReviewerOn(String root, String callId) {
        String subject = Fixtures.uniqueSubject("reviewer");
        onPanel(root, callId, subject);
        return Tokens.forUser(subject, "reviewer");
    }

    public static void onPanel(String root, String callId, String subject) {
        as(Tokens.officer()).body(Map.of("subject", subject, "name", "Prof. " + subject))
                .post("/api/v1/" + root + "/" + callId + "/reviewers").then().statusCode(201);
    }

    /** Scores from alternating keys and integers: {@code scores("a", 80, "b", 72)}. */
    public static Map<String, Object> scores(Object... keysAndScores) {
        Map<String, Object> scores = new LinkedHashMap<>();
        for (int i = 0; i < keysAndScores.length; i += 2) {
            scores.put((String) keysAndScores[i], keysAndScores[i + 1]);
        }
        return Map.of("conflictOfInterest", false, "scores", scores, "comment", "Reviewed");
    }

    public static Map<String, Object> conflict() {
        return Map.of("conflictOfInterest", true, "comment", "I advised this company in 2024");
    }

    /** POST a review of a participation ({@code root} "participations") or voucher application ("voucher-applications"). */
    public static ValidatableResponse review(String token, String root, String applicationId, Map<String, Object> review) {
        return as(token).body(review).post("/api/v1/" + root + "/" + applicationId + "/reviews").then();
    }
}

package org.pavilion.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.pavilion.support.Fixtures.aCompany;
import static org.pavilion.support.Fixtures.aVerifiedCompany;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.Fixtures.money;
import static org.pavilion.support.Fixtures.uniqueSubject;
import static org.pavilion.support.ProgrammeFixtures.aProgramme;
import static org.pavilion.support.ProgrammeFixtures.aSelectedParticipation;
import static org.pavilion.support.ProgrammeFixtures.aVerifiedCompanyOf;
import static org.pavilion.support.SelectionFixtures.aReviewerOn;
import static org.pavilion.support.SelectionFixtures.configure;
import static org.pavilion.support.SelectionFixtures.conflict;
import static org.pavilion.support.SelectionFixtures.criteria;
import static org.pavilion.support.SelectionFixtures.review;
import static org.pavilion.support.SelectionFixtures.scores;
import static org.pavilion.support.SelectionFixtures.settings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The contract's section "Selection", sentence by sentence. */
@QuarkusTest
class SelectionApiTest {

    static final String P = "programmes";
    static final String A = "participations";

    /** An SME applies (APPLIED) for its own verified company; answers the participation id. */
    static String anApplication(String programme) {
        String sme = uniqueSubject("sme");
        String company = aVerifiedCompanyOf(sme);
        return as(Tokens.sme(sme)).body(Map.of("companyId", company)).post("/api/v1/programmes/" + programme + "/participations")
                .then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse participation(String id) {
        return as(Tokens.officer()).get("/api/v1/participations/" + id).then().statusCode(200);
    }

    static ValidatableResponse transition(String token, String id, String to) {
        return as(token).body(Map.of("to", to, "reason", "test")).post("/api/v1/participations/" + id + "/transitions").then();
    }

    static ValidatableResponse decide(String programme) {
        return as(Tokens.officer()).body(Map.of("reason", "Committee meeting"))
                .post("/api/v1/programmes/" + programme + "/selection-decision").then();
    }

    /** A programme configured with two criteria, "market" weight 1 and "product" weight 2, needing two reviews. */
    static String aProgrammeUnderReview(int seats) {
        String programme = aProgramme().create();
        configure(P, programme, settings(seats, 2, criteria("market", "1", "product", "2"))).statusCode(200);
        return programme;
    }

    @Nested
    class Settings {

        @Test
        void anOfficerSetsSeatsReviewsAndWeightedCriteriaAndReadsThemBack() {
            String programme = aProgramme().create();
            configure(P, programme, Map.of("seats", 20, "criteria", criteria("export-readiness", "30", "product", "12.5")))
                    .statusCode(200).header("ETag", notNullValue())
                    .body("seats", equalTo(20)).body("reviewsRequired", equalTo(2))
                    .body("criteria.key", contains("export-readiness", "product"))
                    .body("criteria.weight", contains("30", "12.5"));
            as(Tokens.officer()).get("/api/v1/programmes/" + programme + "/selection").then().statusCode(200)
                    .body("programmeId", equalTo(programme)).body("criteria", hasSize(2));
        }

        @Test
        void badSettingsAre400() {
            String programme = aProgramme().create();
            List<Map<String, Object>> eleven = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                eleven.addAll(criteria("c" + i, "1"));
            }
            List<Map<String, Object>> bodies = List.of(
                    settings(0, 2, criteria("a", "1")),
                    settings(5, 0, criteria("a", "1")),
                    settings(5, 10, criteria("a", "1")),
                    settings(5, 2, List.of()),
                    settings(5, 2, eleven),
                    settings(5, 2, criteria("a", "1", "a", "2")),
                    settings(5, 2, criteria("Export", "1")),
                    settings(5, 2, criteria("a".repeat(41), "1")),
                    settings(5, 2, criteria("a", "0")),
                    settings(5, 2, criteria("a", "-1")),
                    settings(5, 2, criteria("a", "1.23456")),
                    settings(5, 2, criteria("a", "1000.5")),
                    settings(5, 2, List.of(Map.of("key", "a", "label", "A", "weight", 3))));
            for (Map<String, Object> body : bodies) {
                configure(P, programme, body).statusCode(400).body("status", equalTo(400));
            }
        }

        @Test
        void onlyOfficersSetThemAndOnlyOfficersAdminsAndThePanelReadThem() {
            String programme = aProgrammeUnderReview(5);
            Map<String, Object> body = settings(5, 2, criteria("a", "1"));
            as(Tokens.sme("sme-x")).body(body).put("/api/v1/programmes/" + programme + "/selection").then().statusCode(403);
            as(Tokens.finance()).get("/api/v1/programmes/" + programme + "/selection").then().statusCode(403);
            as(Tokens.sme("sme-x")).get("/api/v1/programmes/" + programme + "/selection").then().statusCode(403);
            String onPanel = aReviewerOn(P, programme);
            as(onPanel).get("/api/v1/programmes/" + programme + "/selection").then().statusCode(200);
            String offPanel = aReviewerOn(P, aProgramme().create());
            as(offPanel).get("/api/v1/programmes/" + programme + "/selection").then().statusCode(404);
            as(offPanel).body(body).put("/api/v1/programmes/" + programme + "/selection").then().statusCode(403);
            configure(P, UUID.randomUUID().toString(), body).statusCode(404);
            as(Tokens.officer()).get("/api/v1/programmes/" + aProgramme().create() + "/selection").then().statusCode(404);
        }

        @Test
        void onceReviewedTheCriteriaAreFixedButLabelsSeatsAndReviewsRequiredMayChange() {
            String programme = aProgrammeUnderReview(5);
            String application = anApplication(programme);
            review(Tokens.officer(), A, application, scores("market", 70, "product", 80)).statusCode(201);

            configure(P, programme, settings(5, 2, criteria("market", "1", "product", "3"))).statusCode(409)
                    .body("type", containsString("criteria-locked"));
            configure(P, programme, settings(5, 2, criteria("market", "1", "product", "2", "team", "1"))).statusCode(409);
            configure(P, programme, settings(5, 2, criteria("market", "1"))).statusCode(409);
            configure(P, programme, settings(5, 2, criteria("markets", "1", "product", "2"))).statusCode(409);
            configure(P, programme, Map.of("seats", 7, "reviewsRequired", 3, "criteria", List.of(
                    Map.of("key", "product", "label", "Product and price", "weight", "2.0"),
                    Map.of("key", "market", "label", "Target market", "weight", "1")))).statusCode(200)
                    .body("seats", equalTo(7)).body("reviewsRequired", equalTo(3))
                    .body("criteria.label", contains("Product and price", "Target market"));
        }

        @Test
        void aStaleIfMatchIs412() {
            String programme = aProgrammeUnderReview(5);
            as(Tokens.officer()).header("If-Match", "\"999\"").body(settings(6, 2, criteria("market", "1", "product", "2")))
                    .put("/api/v1/programmes/" + programme + "/selection").then().statusCode(412);
        }
    }

    @Nested
    class Panel {

        @Test
        void officersManageThePanelAndAReviewerOffItSeesNothingOfTheProgramme() {
            String programme = aProgrammeUnderReview(5);
            String application = anApplication(programme);
            String subject = uniqueSubject("reviewer");
            String reviewer = Tokens.forUser(subject, "reviewer");
            as(reviewer).get("/api/v1/participations/" + application).then().statusCode(404);
            as(reviewer).get("/api/v1/programmes/" + programme + "/participations").then().statusCode(404);
            review(reviewer, A, application, scores("market", 50, "product", 50)).statusCode(404);

            as(Tokens.officer()).body(Map.of("subject", subject, "name", "Prof. Han"))
                    .post("/api/v1/programmes/" + programme + "/reviewers").then().statusCode(201)
                    .header("Location", containsString("/api/v1/programmes/" + programme + "/reviewers/" + subject))
                    .body("subject", equalTo(subject)).body("name", equalTo("Prof. Han"));
            as(Tokens.officer()).body(Map.of("subject", subject, "name", "Again"))
                    .post("/api/v1/programmes/" + programme + "/reviewers").then().statusCode(409);
            as(Tokens.officer()).get("/api/v1/programmes/" + programme + "/reviewers").then().statusCode(200)
                    .body("items.subject", contains(subject)).body("total", equalTo(1));

            as(reviewer).get("/api/v1/participations/" + application).then().statusCode(200).body("status", equalTo("APPLIED"));
            as(reviewer).get("/api/v1/programmes/" + programme + "/participations").then().statusCode(200)
                    .body("items.id", contains(application));
            as(reviewer).get("/api/v1/participations/" + application + "/allocations").then().statusCode(403);
            as(reviewer).get("/api/v1/programmes/" + programme + "/ranking").then().statusCode(403);
            as(reviewer).get("/api/v1/companies").then().statusCode(403);
            String applicant = participation(application).extract().path("companyId");
            as(reviewer).get("/api/v1/companies/" + applicant).then().statusCode(200).body("id", equalTo(applicant));
            as(reviewer).get("/api/v1/companies/" + aVerifiedCompany()).then().statusCode(404);

            as(Tokens.officer()).delete("/api/v1/programmes/" + programme + "/reviewers/" + subject).then().statusCode(204);
            as(Tokens.officer()).delete("/api/v1/programmes/" + programme + "/reviewers/" + subject).then().statusCode(404);
            as(reviewer).get("/api/v1/participations/" + application).then().statusCode(404);
            as(reviewer).get("/api/v1/companies/" + applicant).then().statusCode(404);
        }
    }

    @Nested
    class Reviews {

        @Test
        void aWeightedScoreIsRoundedOnceHalfEven() {
            String programme = aProgramme().create();
            configure(P, programme, settings(5, 1, criteria("a", "1", "b", "1", "c", "1", "d", "1", "e", "1", "f", "1", "g", "1",
                    "h", "1"))).statusCode(200);
            String application = anApplication(programme);
            String reviewer = aReviewerOn(P, programme);
            // 645 / 8 = 80.625: HALF_EVEN keeps the even 2 (HALF_UP would say 80.63).
            review(reviewer, A, application, scores("a", 81, "b", 81, "c", 81, "d", 81, "e", 81, "f", 80, "g", 80, "h", 80))
                    .statusCode(201).header("Location", containsString("/api/v1/participations/" + application + "/reviews"))
                    .body("weightedScore", equalTo("80.62")).body("conflictOfInterest", equalTo(false))
                    .body("applicationId", equalTo(application)).body("scores.a", equalTo(81))
                    .body("reviewer.subject", startsWith("reviewer-"));
        }

        @Test
        void scoresMustNameExactlyTheCriteriaAsIntegersFrom0To100() {
            String programme = aProgrammeUnderReview(5);
            String application = anApplication(programme);
            List<Map<String, Object>> bad = List.of(
                    scores("market", 50),
                    scores("market", 50, "product", 50, "team", 50),
                    scores("market", 50, "products", 50),
                    scores("market", 101, "product", 50),
                    scores("market", -1, "product", 50),
                    scores("market", 50.5, "product", 50),
                    scores("market", "50", "product", 50),
                    Map.of("conflictOfInterest", false),
                    Map.of("conflictOfInterest", true, "scores", Map.of("market", 50, "product", 50)));
            for (Map<String, Object> body : bad) {
                review(Tokens.officer(), A, application, body).statusCode(400);
            }
            as(Tokens.officer()).get("/api/v1/participations/" + application + "/reviews").then().body("total", equalTo(0));
        }

        @Test
        void aConflictDeclarationCarriesNoScoresAndOneReviewPerReviewer() {
            String programme = aProgrammeUnderReview(5);
            String application = anApplication(programme);
            String reviewer = aReviewerOn(P, programme);
            review(reviewer, A, application, conflict()).statusCode(201).body("conflictOfInterest", equalTo(true))
                    .body("scores", nullValue()).body("weightedScore", nullValue());
            review(reviewer, A, application, scores("market", 50, "product", 50)).statusCode(409)
                    .body("type", containsString("already-reviewed"));
        }

        @Test
        void onlyApplicationsInAppliedOfConfiguredProgrammesAreReviewed() {
            String unconfigured = aProgramme().create();
            review(Tokens.officer(), A, anApplication(unconfigured), scores("market", 50, "product", 50)).statusCode(409)
                    .body("type", containsString("selection-not-configured"));
            String programme = aProgrammeUnderReview(5);
            String selected = aSelectedParticipation(programme);
            review(Tokens.officer(), A, selected, scores("market", 50, "product", 50)).statusCode(409)
                    .body("type", containsString("application-decided"));
            review(Tokens.officer(), A, UUID.randomUUID().toString(), scores("market", 50, "product", 50))
                    .statusCode(404);
        }

        @Test
        void reviewsAreNeverShownToAnSmeAndAReviewerSeesOnlyItsOwn() {
            String programme = aProgrammeUnderReview(5);
            String sme = uniqueSubject("sme");
            String company = aVerifiedCompanyOf(sme);
            String application = as(Tokens.sme(sme)).body(Map.of("companyId", company))
                    .post("/api/v1/programmes/" + programme + "/participations").then().statusCode(201).extract().path("id");
            String first = aReviewerOn(P, programme);
            String second = aReviewerOn(P, programme);
            review(first, A, application, scores("market", 60, "product", 70)).statusCode(201);
            review(second, A, application, scores("market", 90, "product", 90)).statusCode(201);

            as(Tokens.sme(sme)).get("/api/v1/participations/" + application + "/reviews").then().statusCode(403);
            review(Tokens.sme(sme), A, application, scores("market", 100, "product", 100)).statusCode(403);
            review(Tokens.finance(), A, application, scores("market", 100, "product", 100)).statusCode(403);
            as(Tokens.finance()).get("/api/v1/participations/" + application + "/reviews").then().statusCode(403);
            as(first).get("/api/v1/participations/" + application + "/reviews").then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].weightedScore", equalTo("66.67"));
            as(Tokens.officer()).get("/api/v1/participations/" + application + "/reviews").then().statusCode(200)
                    .body("total", equalTo(2));
            String sees = as(Tokens.sme(sme)).get("/api/v1/participations/" + application).then().statusCode(200)
                    .extract().asString();
            assertThat(sees).doesNotContain("66.67").doesNotContain("score");
        }
    }

    @Nested
    class RankingOrder {

        @Test
        void completeOnesByTheExactMeanThenTheEarlierApplicationIncompleteOnesAfter() {
            String programme = aProgrammeUnderReview(5);
            String x = anApplication(programme);
            String tiedEarlier = anApplication(programme);
            String tiedLater = anApplication(programme);
            String top = anApplication(programme);
            String incomplete = anApplication(programme);
            String unreviewed = anApplication(programme);
            String r1 = aReviewerOn(P, programme);
            String r2 = aReviewerOn(P, programme);
            String r3 = aReviewerOn(P, programme);
            // x: (80 + 2*81)/3 = 80.6667 and (80 + 2*80)/3 = 80: the exact mean 482/6 = 80.3333 -> "80.33"
            // (rounding each review first would give (80.67 + 80.00)/2 = 80.335 -> "80.34").
            review(r1, A, x, scores("market", 80, "product", 81)).statusCode(201);
            review(r2, A, x, scores("market", 80, "product", 80)).statusCode(201);
            // tied: (81 + 2*80)/3 twice = 80.3333..., the same exact mean as x: the earlier application first.
            review(r1, A, tiedEarlier, scores("market", 81, "product", 80)).statusCode(201);
            review(r2, A, tiedEarlier, scores("market", 81, "product", 80)).statusCode(201);
            review(r1, A, tiedLater, scores("market", 81, "product", 80)).statusCode(201);
            review(r2, A, tiedLater, scores("market", 81, "product", 80)).statusCode(201);
            review(r3, A, tiedLater, conflict()).statusCode(201);
            // top: 90 and 95 -> (90 + 2*95)/3 = 93.3333, one review, plus r2's 100s -> mean (280 + 300)/6 = 96.6667
            review(r1, A, top, scores("market", 90, "product", 95)).statusCode(201);
            review(r2, A, top, scores("market", 100, "product", 100)).statusCode(201);
            // incomplete: one scored review and one conflict
            review(r1, A, incomplete, scores("market", 100, "product", 100)).statusCode(201);
            review(r2, A, incomplete, conflict()).statusCode(201);

            as(Tokens.officer()).get("/api/v1/programmes/" + programme + "/ranking").then().statusCode(200)
                    .body("seats", equalTo(5)).body("reviewsRequired", equalTo(2))
                    .body("items.applicationId", contains(top, x, tiedEarlier, tiedLater, incomplete, unreviewed))
                    .body("items.score", contains("96.67", "80.33", "80.33", "80.33", "100.00", null))
                    .body("items.rank", contains(1, 2, 3, 4, null, null))
                    .body("items.complete", contains(true, true, true, true, false, false))
                    .body("items.reviews", contains(2, 2, 2, 2, 1, 0))
                    .body("items.conflicts", contains(0, 0, 0, 1, 1, 0))
                    .body("items[0].companyName", notNullValue());
            as(Tokens.finance()).get("/api/v1/programmes/" + programme + "/ranking").then().statusCode(403);
            as(Tokens.sme("any")).get("/api/v1/programmes/" + programme + "/ranking").then().statusCode(403);
        }
    }

    @Nested
    class Decision {

        /** Reviews every listed application twice, the earlier in the list with the higher score. */
        void reviewInOrder(String programme, List<String> applications) {
            String r1 = aReviewerOn(P, programme);
            String r2 = aReviewerOn(P, programme);
            int score = 100;
            for (String application : applications) {
                review(r1, A, application, scores("market", score, "product", score)).statusCode(201);
                review(r2, A, application, scores("market", score, "product", score)).statusCode(201);
                score -= 5;
            }
        }

        @Test
        void anApplicationWithoutItsReviewsBlocksTheDecision() {
            String programme = aProgrammeUnderReview(2);
            String a = anApplication(programme);
            String b = anApplication(programme);
            reviewInOrder(programme, List.of(a));
            decide(programme).statusCode(422).body("type", containsString("reviews-incomplete"));
            participation(b).body("status", equalTo("APPLIED"));
            participation(a).body("status", equalTo("APPLIED"));
        }

        @Test
        void theTopOnesFillTheFreeSeatsAndTheRestWaitInRankOrder() {
            String programme = aProgrammeUnderReview(3);
            String direct = aSelectedParticipation(programme);
            List<String> ranked = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ranked.add(anApplication(programme));
            }
            List<String> byScore = List.of(ranked.get(3), ranked.get(0), ranked.get(4), ranked.get(1), ranked.get(2));
            reviewInOrder(programme, byScore);

            ValidatableResponse decision = decide(programme).statusCode(200)
                    .body("selected", contains(byScore.get(0), byScore.get(1)))
                    .body("waitlisted", contains(byScore.get(2), byScore.get(3), byScore.get(4)))
                    .body("reason", equalTo("Committee meeting")).body("decidedBy.subject", equalTo("officer-kim"))
                    .body("ranking.applicationId", contains(byScore.toArray()))
                    .body("ranking.rank", contains(1, 2, 3, 4, 5));
            String decisionId = decision.extract().path("id");
            participation(direct).body("status", equalTo("SELECTED"));
            participation(byScore.get(0)).body("status", equalTo("SELECTED")).body("waitlistPosition", nullValue());
            participation(byScore.get(2)).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
            participation(byScore.get(4)).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(3));

            as(Tokens.officer()).get("/api/v1/programmes/" + programme + "/selection-decisions").then().statusCode(200)
                    .body("items.id", contains(decisionId)).body("items[0].ranking", hasSize(5));
            as(Tokens.officer()).queryParam("entityId", byScore.get(2)).get("/api/v1/audit-events").then().statusCode(200)
                    .body("items.action", hasItem("status-changed"));
            as(Tokens.officer()).queryParam("entityId", decisionId).get("/api/v1/audit-events").then().statusCode(200)
                    .body("items.action", contains("selection-decision"));
            decide(programme).statusCode(409).body("type", containsString("nothing-to-decide"));
        }

        @Test
        void aDecisionWithoutSettingsIs409AndOnlyOfficersDecide() {
            String programme = aProgramme().create();
            anApplication(programme);
            decide(programme).statusCode(409).body("type", containsString("selection-not-configured"));
            as(Tokens.finance()).body(Map.of("reason", "x")).post("/api/v1/programmes/" + programme + "/selection-decision")
                    .then().statusCode(403);
            as(Tokens.forUser("reviewer-z", "reviewer")).body(Map.of("reason", "x"))
                    .post("/api/v1/programmes/" + programme + "/selection-decision").then().statusCode(403);
            as(Tokens.officer()).body(Map.of()).post("/api/v1/programmes/" + programme + "/selection-decision").then()
                    .statusCode(400);
        }
    }

    @Nested
    class Waitlist {

        /** A programme of {@code seats} seats decided on {@code applicants} applications, answered in rank order. */
        List<String> decided(String programme, int applicants) {
            List<String> ranked = new ArrayList<>();
            for (int i = 0; i < applicants; i++) {
                ranked.add(anApplication(programme));
            }
            new Decision().reviewInOrder(programme, ranked);
            decide(programme).statusCode(200);
            return ranked;
        }

        @Test
        void aSelectedCompanyWithdrawingPromotesTheHeadAndTheOthersMoveUp() {
            String programme = aProgrammeUnderReview(2);
            List<String> ranked = decided(programme, 5);
            transition(Tokens.officer(), ranked.get(1), "CONFIRMED").statusCode(200);
            transition(Tokens.officer(), ranked.get(1), "WITHDRAWN").statusCode(200);

            participation(ranked.get(2)).body("status", equalTo("SELECTED")).body("waitlistPosition", nullValue())
                    .body("statusReason", containsString("Promoted from waitlist position 1"));
            participation(ranked.get(3)).body("waitlistPosition", equalTo(1));
            participation(ranked.get(4)).body("waitlistPosition", equalTo(2));
            as(Tokens.officer()).queryParam("entityId", ranked.get(2)).get("/api/v1/audit-events").then()
                    .body("items.action", hasItem("promoted"));
        }

        @Test
        void anSmeWithdrawingItsOwnSeatPromotesToo() {
            String programme = aProgrammeUnderReview(1);
            String sme = uniqueSubject("sme");
            String company = aVerifiedCompanyOf(sme);
            String mine = as(Tokens.sme(sme)).body(Map.of("companyId", company))
                    .post("/api/v1/programmes/" + programme + "/participations").then().statusCode(201).extract().path("id");
            String other = anApplication(programme);
            new Decision().reviewInOrder(programme, List.of(other, mine));
            decide(programme).statusCode(200);
            as(Tokens.sme(sme)).get("/api/v1/participations/" + mine).then().body("status", equalTo("WAITLISTED"))
                    .body("waitlistPosition", equalTo(1));
            transition(Tokens.officer(), other, "WITHDRAWN").statusCode(200);
            as(Tokens.sme(sme)).get("/api/v1/participations/" + mine).then().body("status", equalTo("SELECTED"));
        }

        @Test
        void leavingTheWaitlistMovesThoseBehindUpAndJoiningByHandTakesTheEnd() {
            String programme = aProgrammeUnderReview(1);
            List<String> ranked = decided(programme, 5);
            transition(Tokens.officer(), ranked.get(2), "REJECTED").statusCode(200);
            participation(ranked.get(2)).body("waitlistPosition", nullValue());
            participation(ranked.get(1)).body("waitlistPosition", equalTo(1));
            participation(ranked.get(3)).body("waitlistPosition", equalTo(2));
            participation(ranked.get(4)).body("waitlistPosition", equalTo(3));
            transition(Tokens.officer(), ranked.get(1), "SELECTED").statusCode(200);
            participation(ranked.get(3)).body("waitlistPosition", equalTo(1));
            participation(ranked.get(4)).body("waitlistPosition", equalTo(2));
            String late = anApplication(programme);
            transition(Tokens.officer(), late, "WAITLISTED").statusCode(200).body("waitlistPosition", equalTo(3));
            transition(Tokens.officer(), ranked.get(3), "WITHDRAWN").statusCode(200);
            participation(ranked.get(4)).body("waitlistPosition", equalTo(1));
            participation(late).body("waitlistPosition", equalTo(2));
        }

        @Test
        void noPromotionWhileTheProgrammeIsStillAtItsSeats() {
            String programme = aProgrammeUnderReview(1);
            List<String> ranked = decided(programme, 2);
            aSelectedParticipation(programme);
            transition(Tokens.officer(), ranked.get(0), "WITHDRAWN").statusCode(200);
            participation(ranked.get(1)).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
        }

        @Test
        void withoutSelectionSettingsNobodyIsPromoted() {
            String programme = aProgramme().create();
            String selected = aSelectedParticipation(programme);
            String waiting = anApplication(programme);
            transition(Tokens.officer(), waiting, "WAITLISTED").statusCode(200).body("waitlistPosition", equalTo(1));
            transition(Tokens.officer(), selected, "WITHDRAWN").statusCode(200);
            participation(waiting).body("status", equalTo("WAITLISTED"));
        }
    }

    @Nested
    class Eligibility {

        static Map<String, Object> companyExporting(String usd) {
            Map<String, Object> body = new HashMap<>(aCompany());
            body.put("exportsPrevYear", money(usd, "USD"));
            return body;
        }

        @Test
        void aCompanyShowsItsExportStage() {
            String[][] cases = { { "0", "DOMESTIC" }, { "99999.99", "BEGINNER" }, { "100000", "PROMISING" },
                    { "999999.99", "PROMISING" }, { "1000000", "GROWING" }, { "5000000", "GLOBAL" } };
            for (String[] c : cases) {
                as(Tokens.officer()).body(companyExporting(c[0])).post("/api/v1/companies").then().statusCode(201)
                        .body("exportStage", equalTo(c[1]));
            }
            Map<String, Object> none = new HashMap<>(aCompany());
            none.remove("exportsPrevYear");
            as(Tokens.officer()).body(none).post("/api/v1/companies").then().statusCode(201).body("exportStage", equalTo("DOMESTIC"));
        }

        @Test
        void aProgrammeForBeginnersRefusesAGrowingExporter() {
            Map<String, Object> body = aProgramme().body();
            body.put("eligibleExportStages", List.of("DOMESTIC", "BEGINNER"));
            String programme = as(Tokens.officer()).body(body).post("/api/v1/programmes").then().statusCode(201)
                    .body("eligibleExportStages", contains("DOMESTIC", "BEGINNER")).extract().path("id");
            String growing = as(Tokens.officer()).body(companyExporting("1250000.50")).post("/api/v1/companies").then()
                    .statusCode(201).extract().path("id");
            as(Tokens.officer()).body(Map.of("companyId", growing)).post("/api/v1/programmes/" + programme + "/participations")
                    .then().statusCode(422).body("type", containsString("company-not-eligible"));
            String beginner = as(Tokens.officer()).body(companyExporting("50000")).post("/api/v1/companies").then()
                    .statusCode(201).extract().path("id");
            as(Tokens.officer()).body(Map.of("companyId", beginner)).post("/api/v1/programmes/" + programme + "/participations")
                    .then().statusCode(201);
            body.put("eligibleExportStages", List.of("EXPERT"));
            as(Tokens.officer()).body(body).post("/api/v1/programmes").then().statusCode(400);
        }
    }
}

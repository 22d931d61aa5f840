package org.pavilion.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import io.restassured.specification.RequestSpecification;

/**
 * Concurrent withdrawals against a decided waitlist, through the API of one or two instances: a programme of
 * {@code seats} seats, {@code seats * 3} applicants ranked by one officer review each, a committee decision, then
 * every seat-holder withdraws at once. Each freed seat must promote exactly one company, in waitlist order, never
 * the same one twice and never past the seats; the waitlist closes up to 1..n. Then as many late applicants are put
 * on the waitlist by hand at once: each takes its own place at the end.
 */
public final class WaitlistRace {

    private final BiFunction<Integer, String, RequestSpecification> api;
    private final int instances;

    /** {@code api.apply(instance, token)}: a request to that instance (0-based) with that token. */
    public WaitlistRace(BiFunction<Integer, String, RequestSpecification> api, int instances) {
        this.api = api;
        this.instances = instances;
    }

    public void run(int seats) throws Exception {
        RequestSpecification officer = api.apply(0, Tokens.officer());
        Map<String, Object> body = ProgrammeFixtures.aProgramme().body();
        String programme = officer.body(body).post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        api.apply(0, Tokens.officer()).body(SelectionFixtures.settings(seats, 1, SelectionFixtures.criteria("fit", "1")))
                .put("/api/v1/programmes/" + programme + "/selection").then().statusCode(200);
        List<String> ranked = new ArrayList<>();
        for (int i = 0; i < seats * 3; i++) {
            String application = anApplication(programme);
            api.apply(0, Tokens.officer()).body(SelectionFixtures.scores("fit", 100 - i))
                    .post("/api/v1/participations/" + application + "/reviews").then().statusCode(201);
            ranked.add(application);
        }
        api.apply(0, Tokens.officer()).body(Map.of("reason", "Committee")).post("/api/v1/programmes/" + programme
                + "/selection-decision").then().statusCode(200);

        List<Callable<Integer>> withdrawals = new ArrayList<>();
        for (int i = 0; i < seats; i++) {
            String holder = ranked.get(i);
            int instance = i % instances;
            withdrawals.add(() -> api.apply(instance, Tokens.officer()).body(Map.of("to", "WITHDRAWN", "reason", "race"))
                    .post("/api/v1/participations/" + holder + "/transitions").statusCode());
        }
        assertThat(Concurrently.fireAtOnce(withdrawals)).as("every withdrawal succeeds").containsOnly(200);

        List<String> selected = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (String id : ranked) {
            var p = api.apply(0, Tokens.officer()).get("/api/v1/participations/" + id).then().statusCode(200).extract();
            if ("SELECTED".equals(p.path("status"))) {
                selected.add(id);
            } else if ("WAITLISTED".equals(p.path("status"))) {
                positions.add(p.path("waitlistPosition"));
            }
        }
        assertThat(selected).as("the next in rank order took the freed seats, no more").isEqualTo(ranked.subList(seats, 2 * seats));
        assertThat(positions).as("the waitlist closed up").isEqualTo(IntStream.rangeClosed(1, seats).boxed().toList());
        for (String promoted : selected) {
            List<String> actions = api.apply(0, Tokens.officer()).queryParam("entityId", promoted).get("/api/v1/audit-events")
                    .then().statusCode(200).extract().path("items.action");
            assertThat(actions.stream().filter("promoted"::equals).count()).as("promoted once").isEqualTo(1);
        }

        List<String> late = new ArrayList<>();
        List<Callable<Integer>> waitlistings = new ArrayList<>();
        for (int i = 0; i < seats; i++) {
            String id = anApplication(programme);
            late.add(id);
            int instance = i % instances;
            waitlistings.add(() -> api.apply(instance, Tokens.officer()).body(Map.of("to", "WAITLISTED", "reason", "late"))
                    .post("/api/v1/participations/" + id + "/transitions").statusCode());
        }
        assertThat(Concurrently.fireAtOnce(waitlistings)).as("every late applicant joins the waitlist").containsOnly(200);
        List<Integer> latePositions = new ArrayList<>();
        for (String id : late) {
            latePositions.add(api.apply(0, Tokens.officer()).get("/api/v1/participations/" + id).then().extract()
                    .path("waitlistPosition"));
        }
        assertThat(latePositions).as("each at its own place at the end")
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(seats + 1, 2 * seats).boxed().toList());
    }

    /** An SME applies for its own (verified) company: APPLIED. */
    private String anApplication(String programme) {
        String sme = Fixtures.uniqueSubject("sme-race");
        String company = api.apply(0, Tokens.sme(sme)).body(Fixtures.aCompany()).post("/api/v1/companies").then()
                .statusCode(201).extract().path("id");
        api.apply(0, Tokens.officer()).body(Map.of("status", "VERIFIED")).patch("/api/v1/companies/" + company).then()
                .statusCode(200);
        return api.apply(0, Tokens.sme(sme)).body(Map.of("companyId", company))
                .post("/api/v1/programmes/" + programme + "/participations").then().statusCode(201).extract().path("id");
    }
}

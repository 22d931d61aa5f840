package org.pavilion.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.pavilion.support.EmbeddedPostgresResource;
import org.pavilion.support.Fixtures;
import org.pavilion.support.PackagedInstance;
import org.pavilion.support.ProgrammeFixtures;
import org.pavilion.support.Tokens;
import org.pavilion.support.WebhookReceiver;
import org.pavilion.support.WebhookReceiver.Delivery;

import io.restassured.RestAssured;

/**
 * The outbox across packaged instances on one database: an instance killed with SIGKILL while it delivers loses no
 * committed event (the survivor delivers it once the dead instance's lease runs out), and two instances dispatching
 * together never send the same attempt twice.
 */
class WebhooksAcrossInstancesIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private static String database(String prefix) throws Exception {
        var server = EmbeddedPostgresResource.ensureStarted();
        String database = prefix + "_" + System.nanoTime();
        try (Connection admin = DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"))) {
            admin.createStatement().execute("CREATE DATABASE " + database);
        }
        return server.getJdbcUrl("postgres", database);
    }

    private static Map<String, String> environment(String jdbcUrl) {
        Map<String, String> env = PackagedInstance.environment(jdbcUrl, "postgres", "postgres");
        env.put("PAVILION_WEBHOOKS_ALLOW_PRIVATE_NETWORKS", "true");
        env.put("PAVILION_WEBHOOKS_POLL_DELAY", "1s");
        env.put("PAVILION_WEBHOOKS_LEASE", "5s");
        env.put("PAVILION_WEBHOOKS_RETRY_DELAYS", "1s,1s,1s");
        env.put("PAVILION_WEBHOOKS_RETRY_EVERY", "1s");
        return env;
    }

    private static String subscribe(WebhookReceiver receiver) {
        String secret = Fixtures.as(Tokens.admin()).body(Map.of("url", receiver.url(), "events", List.of("participation.status-changed")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("secret");
        receiver.verifyingWith(secret);
        return secret;
    }

    /** Registers {@code count} participations (one event each); answers their ids. */
    private static List<String> changes(int count) {
        String programme = ProgrammeFixtures.aProgramme().create();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(ProgrammeFixtures.aSelectedParticipation(programme));
        }
        return ids;
    }

    private static Set<String> deliveredIds(WebhookReceiver receiver) {
        return receiver.deliveries().stream().filter(d -> d.answered() == 200 && d.verified())
                .map(d -> d.data().path("id").asText()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void awaitAll(WebhookReceiver receiver, List<String> ids) throws InterruptedException {
        Instant until = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(until) && !deliveredIds(receiver).containsAll(ids)) {
            Thread.sleep(250);
        }
        assertThat(deliveredIds(receiver)).as("every committed event delivered: " + receiver.summary()).containsAll(ids);
    }

    @Test
    void anInstanceKilledWhileDeliveringLosesNoCommittedEvent() throws Exception {
        String jdbcUrl = database("webhook_kill");
        try (WebhookReceiver receiver = new WebhookReceiver().slowlyFailingFirstAttempts(Duration.ofSeconds(3))) {
            List<String> ids;
            try (PackagedInstance victim = PackagedInstance.start("webhook-victim", environment(jdbcUrl))) {
                RestAssured.port = victim.port();
                subscribe(receiver);
                ids = changes(30);
                Instant until = Instant.now().plus(WAIT);
                while (receiver.requestsStarted() == 0 && Instant.now().isBefore(until)) {
                    Thread.sleep(50);
                }
                assertThat(receiver.requestsStarted()).as("the victim is delivering").isPositive();
                victim.kill();
            }
            assertThat(deliveredIds(receiver)).as("nothing answered before the kill").isEmpty();
            try (PackagedInstance survivor = PackagedInstance.start("webhook-survivor", environment(jdbcUrl))) {
                awaitAll(receiver, ids);
            }
            Map<String, Long> perEvent = receiver.deliveries().stream().collect(Collectors.groupingBy(Delivery::webhookId,
                    Collectors.counting()));
            assertThat(perEvent).hasSize(ids.size());
            System.out.println("WebhooksAcrossInstancesIT: " + ids.size() + " events committed, victim killed mid-delivery after "
                    + receiver.requestsStarted() + " requests started; all delivered by the survivor, attempts per event "
                    + perEvent.values().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
        }
    }

    @Test
    void twoInstancesNeverDeliverTheSameAttemptTwice() throws Exception {
        String jdbcUrl = database("webhook_two");
        Map<String, String> env = environment(jdbcUrl);
        env.put("PAVILION_WEBHOOKS_LEASE", "60s");
        try (WebhookReceiver receiver = new WebhookReceiver();
                PackagedInstance first = PackagedInstance.start("webhook-first", env);
                PackagedInstance second = PackagedInstance.start("webhook-second", env)) {
            RestAssured.port = first.port();
            subscribe(receiver);
            List<String> ids = new ArrayList<>(changes(60));
            RestAssured.port = second.port();
            ids.addAll(changes(60));
            awaitAll(receiver, ids);
            Thread.sleep(3000);
            Map<String, Long> perEvent = receiver.deliveries().stream().collect(Collectors.groupingBy(Delivery::webhookId,
                    Collectors.counting()));
            assertThat(perEvent).hasSize(ids.size()).allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1L));
            try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                    ResultSet attempts = db.createStatement().executeQuery(
                            "select count(*), max(attempts), min(attempts) from webhook_deliveries where delivered_at is not null")) {
                attempts.next();
                assertThat(attempts.getInt(1)).isEqualTo(ids.size());
                assertThat(attempts.getInt(2)).isEqualTo(1);
                assertThat(attempts.getInt(3)).isEqualTo(1);
            }
            System.out.println("WebhooksAcrossInstancesIT: " + ids.size() + " events, two instances dispatching, each delivered once");
        }
    }
}

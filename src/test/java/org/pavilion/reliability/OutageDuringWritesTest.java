package org.pavilion.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.OutcomeFixtures.anOutcome;
import static org.pavilion.support.ProgrammeFixtures.aProgramme;
import static org.pavilion.support.ProgrammeFixtures.aSelectedParticipation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pavilion.support.OutageProfile;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * PostgreSQL stops while clients are writing outcomes (with their audit rows) as fast as they can.
 * Each client retries its current write with the same Idempotency-Key until the service gives a
 * final answer, as api.md asks clients to. Afterwards every write a client made is present exactly
 * once: none lost, none doubled, whatever moment of its transaction the outage hit.
 */
@QuarkusTest
@TestProfile(OutageProfile.class)
class OutageDuringWritesTest {

    private static final int CLIENTS = 8;

    @Inject
    DataSource database;

    @Test
    void everyWriteInFlightWhenTheDatabaseStopsIsPresentExactlyOnceAfterRetries() throws Exception {
        String participation = aSelectedParticipation(aProgramme().create());
        AtomicBoolean keepWriting = new AtomicBoolean(true);
        AtomicInteger unavailable = new AtomicInteger();
        Map<String, Integer> finalStatusByBuyer = new ConcurrentHashMap<>();

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            running.add(clients.submit(() -> {
                for (int write = 0; keepWriting.get(); write++) {
                    String buyer = "Outage buyer " + client + "-" + write;
                    Map<String, Object> outcome = new HashMap<>(anOutcome("CONSULTATION", "1000.00", "USD", "2025-03-04", "OPEN"));
                    outcome.put("buyerName", buyer);
                    finalStatusByBuyer.put(buyer, writeUntilAnswered(participation, outcome, unavailable));
                }
                return null;
            }));
        }

        Thread.sleep(1_500);
        OutageProfile.stopDatabase();
        Thread.sleep(2_000);
        OutageProfile.startDatabase();
        Thread.sleep(1_500);
        keepWriting.set(false);
        for (Future<?> client : running) {
            client.get(120, TimeUnit.SECONDS);
        }
        clients.shutdown();

        assertThat(unavailable.get()).as("the outage hit requests in flight").isPositive();
        assertThat(finalStatusByBuyer.values()).as("every write ended created (201) or known applied (409)")
                .allMatch(status -> status == 201 || status == 409);
        Map<String, Integer> stored = outcomesPerBuyer(participation);
        assertThat(stored.keySet()).as("no write lost").containsExactlyInAnyOrderElementsOf(finalStatusByBuyer.keySet());
        assertThat(stored.values()).as("no write doubled").allMatch(count -> count == 1);
        assertThat(auditRowsFor(participation)).as("one audit row per outcome").isEqualTo(stored.size());
        System.out.printf("OutageDuringWritesTest: %d writes by %d clients, %d answers 503 during the outage, "
                + "%d stored exactly once, 0 lost, 0 doubled%n", finalStatusByBuyer.size(), CLIENTS, unavailable.get(), stored.size());
    }

    /** One client's write: the same key again after a 503 or a 409 in flight, until a final answer. */
    private static int writeUntilAnswered(String participation, Map<String, Object> outcome, AtomicInteger unavailable)
            throws InterruptedException {
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 200; attempt++) {
            Response response = as(Tokens.officer()).header("Idempotency-Key", key).body(outcome)
                    .post("/api/v1/participations/" + participation + "/outcomes");
            int status = response.statusCode();
            if (status == 201) {
                return status;
            }
            if (status == 409 && "https://pavilion.example/problems/idempotency-key-applied".equals(response.path("type"))) {
                return status;
            }
            if (status == 503) {
                unavailable.incrementAndGet();
            } else if (status != 409) {
                throw new AssertionError("unexpected " + status + ": " + response.asString());
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no final answer for " + outcome.get("buyerName"));
    }

    private Map<String, Integer> outcomesPerBuyer(String participation) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select buyer_name, count(*) from outcomes where participation_id = ?::uuid group by buyer_name")) {
            query.setString(1, participation);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    private int auditRowsFor(String participation) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        select count(*) from audit_events a join outcomes o on o.id = a.entity_id
                        where o.participation_id = ?::uuid and a.entity_type = 'outcome' and a.before is null
                        """)) {
            query.setString(1, participation);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}

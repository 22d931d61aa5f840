package org.pavilion.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.pavilion.support.EmbeddedPostgresResource;
import org.pavilion.support.Fixtures;
import org.pavilion.support.PackagedInstance;
import org.pavilion.support.ProgrammeFixtures;
import org.pavilion.support.Tokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;

/**
 * Two packaged instances on one database; clients write allocations through both, and one instance is
 * killed with SIGKILL in the middle. Each client retries its request, with the same Idempotency-Key, on
 * the survivor until it gets a definite answer: 201, or 409 {@code idempotency-key-applied} when the killed
 * instance had committed the change but died before answering. Afterwards every acknowledged allocation
 * exists, every key was applied exactly once (rows = writes), and the programme's allocated total equals
 * the sum of its allocation rows.
 */
class InstanceKilledMidWriteIT {

    private static final int WRITES = 120;
    private static final long WON = 1_000_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void nothingAcknowledgedIsLostAndNothingIsAppliedTwice() throws Exception {
        var server = EmbeddedPostgresResource.ensureStarted();
        String database = "killed_" + System.nanoTime();
        try (Connection admin = DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"))) {
            admin.createStatement().execute("CREATE DATABASE " + database);
        }
        Map<String, String> env = PackagedInstance.environment(server.getJdbcUrl("postgres", database), "postgres", "postgres");
        env.put("PAVILION_IDEMPOTENCY_IN_FLIGHT_TIMEOUT", "2S");
        try (PackagedInstance survivor = PackagedInstance.start("killed-survivor", env);
                PackagedInstance victim = PackagedInstance.start("killed-victim", env)) {
            RestAssured.port = survivor.port();
            String programme = ProgrammeFixtures.aProgramme().withBudget(10_000_000_000L).withCap(50_000_000).create();
            List<String> participations = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                participations.add(ProgrammeFixtures.aSelectedParticipation(programme));
            }

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String token = Tokens.officer();
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger answered = new AtomicInteger();
            AtomicInteger retried = new AtomicInteger();
            AtomicInteger appliedWithoutResponse = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(6);
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < WRITES; i++) {
                String participation = participations.get(i % participations.size());
                int first = i % 2;
                writes.add(clients.submit(() -> {
                    String key = UUID.randomUUID().toString();
                    String body = "{\"category\":\"EXHIBITION_FEE\",\"amount\":{\"amount\":\"" + WON + "\",\"currency\":\"KRW\"}}";
                    int target = first;
                    for (int attempt = 0; attempt < 200; attempt++) {
                        int port = target == 0 ? survivor.port() : victim.port();
                        try {
                            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + port + "/api/v1/participations/" + participation + "/allocations"))
                                    .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 201) {
                                acknowledged.add(JSON.readTree(response.body()).get("id").asText());
                                answered.incrementAndGet();
                                return null;
                            }
                            if (response.statusCode() == 409 && response.body().contains("idempotency-key-applied")) {
                                // committed by the killed instance, whose response died with it: applied once, look it up
                                appliedWithoutResponse.incrementAndGet();
                                return null;
                            }
                            if (response.statusCode() != 409 && response.statusCode() < 500) {
                                throw new AssertionError("Unexpected " + response.statusCode() + ": " + response.body());
                            }
                        } catch (IOException instanceGone) {
                            // the instance died under this request: the same key goes to the survivor
                        }
                        retried.incrementAndGet();
                        target = 0;
                        Thread.sleep(200);
                    }
                    throw new AssertionError("No definite answer for key " + key);
                }));
            }
            while (answered.get() < WRITES / 4) {
                Thread.sleep(20);
            }
            victim.kill();
            for (Future<?> write : writes) {
                write.get();
            }
            clients.shutdown();
            System.out.printf("killed mid-write: %d writes acknowledged, %d applied by the killed instance without a response, %d retries%n",
                    acknowledged.size(), appliedWithoutResponse.get(), retried.get());

            assertThat(acknowledged.size() + appliedWithoutResponse.get()).isEqualTo(WRITES);
            for (String id : acknowledged) {
                Fixtures.as(Tokens.officer()).get("/api/v1/allocations/" + id).then().statusCode(200);
            }
            long rows = 0;
            for (String participation : participations) {
                rows += Fixtures.as(Tokens.officer()).get("/api/v1/participations/" + participation + "/allocations?size=200").then()
                        .statusCode(200).extract().<Integer>path("total");
            }
            assertThat(rows).isEqualTo(WRITES);
            String allocated = given().auth().oauth2(Tokens.finance()).get("/api/v1/programmes/" + programme).then().statusCode(200)
                    .extract().path("budgetSummary.allocated.amount");
            assertThat(allocated).isEqualTo(Long.toString(WRITES * WON));
        } finally {
            RestAssured.reset();
        }
    }
}

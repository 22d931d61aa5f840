package org.pavilion.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver for the tests: a real HTTP server on loopback that checks every delivery's signature with the
 * Standard Webhooks reference library ({@code com.standardwebhooks:standardwebhooks}, not our code) and keeps what it
 * received. It can be told to answer 500 to the first attempts of each event.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as received: its headers, raw body, parsed body and whether the third-party verifier accepted it. */
    public record Delivery(String webhookId, String timestamp, String signature, String body, JsonNode json, boolean verified,
            int answered, Instant receivedAt) {

        public String type() {
            return json.path("type").asText();
        }

        public JsonNode data() {
            return json.path("data");
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(32);
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> attemptsById = new ConcurrentHashMap<>();
    private final AtomicInteger started = new AtomicInteger();
    private volatile String secret;
    private volatile int failFirst;
    private volatile Duration slowFirst;

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        server.setExecutor(threads);
        server.createContext("/hook", this::receive);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The subscription's secret, for the verifier. */
    public WebhookReceiver verifyingWith(String secret) {
        this.secret = secret;
        return this;
    }

    /** Answers 500 to the first {@code attempts} attempts of every event, then 200. */
    public WebhookReceiver failingFirst(int attempts) {
        this.failFirst = attempts;
        return this;
    }

    /** Holds the first attempt of every event for {@code delay}, then answers it 503; later attempts 200 at once. */
    public WebhookReceiver slowlyFailingFirstAttempts(Duration delay) {
        this.slowFirst = delay;
        return this;
    }

    /** Requests that have reached the receiver, answered or not. */
    public int requestsStarted() {
        return started.get();
    }

    public List<Delivery> deliveries() {
        return new ArrayList<>(deliveries);
    }

    /** Waits until a delivery matching the predicate has arrived (and been answered 2xx), at most {@code timeout}. */
    public Delivery await(Predicate<Delivery> wanted, Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            for (Delivery d : deliveries) {
                if (d.answered() == 200 && wanted.test(d)) {
                    return d;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No matching delivery within " + timeout + "; received: " + summary());
    }

    public Delivery awaitType(String type, Duration timeout) throws InterruptedException {
        return await(d -> d.type().equals(type), timeout);
    }

    public String summary() {
        Map<String, Integer> byType = new TreeMap<>();
        deliveries.forEach(d -> byType.merge(d.type() + "/" + d.answered(), 1, Integer::sum));
        return byType.toString();
    }

    private void receive(HttpExchange exchange) throws IOException {
        started.incrementAndGet();
        try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            boolean verified = verify(body, exchange.getRequestHeaders());
            int attempt = attemptsById.computeIfAbsent(String.valueOf(id), k -> new AtomicInteger()).incrementAndGet();
            int status = attempt <= failFirst ? 500 : 200;
            if (slowFirst != null && attempt == 1) {
                sleep(slowFirst);
                status = 503;
            }
            deliveries.add(new Delivery(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body, JSON.readTree(body), verified, status,
                    Instant.now()));
            exchange.sendResponseHeaders(status, -1);
        } finally {
            exchange.close();
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean verify(String body, Map<String, List<String>> headers) {
        if (secret == null) {
            return false;
        }
        try {
            new Webhook(secret).verify(body, headers);
            return true;
        } catch (WebhookVerificationException e) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException("The verifier could not run", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

package org.pavilion.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.pavilion.notification.WebhookDeliveryLedger.Attempt;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the webhook deliveries that are due, after their events' commits, from every instance: each batch is claimed
 * in its own short transaction (rows locked with SKIP LOCKED, then leased), sent in parallel without holding a
 * transaction, and each outcome recorded. A delivery whose instance dies mid-send is claimed again once its lease
 * runs out: at least once, never the same attempt twice.
 */
@ApplicationScoped
class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    WebhookDeliveryLedger ledger;

    @Inject
    WebhookTargets targets;

    @ConfigProperty(name = "pavilion.webhooks.timeout", defaultValue = "10s")
    Duration timeout;

    @Inject
    DeliveryPolicy policy;

    private HttpClient client;

    @PostConstruct
    void init() {
        client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${pavilion.webhooks.poll-every:1s}", delayed = "${pavilion.webhooks.poll-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        try {
            while (dispatchOnce() == policy.batch()) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.warnf("Webhook dispatch stopped for now: %s", e.getMessage());
        }
    }

    /** Claims, sends and records one batch; the number of attempts made. */
    int dispatchOnce() {
        List<Attempt> attempts = QuarkusTransaction.requiringNew().call(() -> ledger.claimDue(policy.batch(), policy.lease()));
        List<CompletableFuture<Outcome>> sends = new ArrayList<>();
        for (Attempt attempt : attempts) {
            sends.add(send(attempt));
        }
        for (int i = 0; i < attempts.size(); i++) {
            Attempt attempt = attempts.get(i);
            Outcome outcome = sends.get(i).join();
            QuarkusTransaction.requiringNew().run(() -> record(attempt, outcome));
        }
        return attempts.size();
    }

    /** What one attempt got back: a status, or an error without one. */
    private record Outcome(Integer status, String error) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private CompletableFuture<Outcome> send(Attempt attempt) {
        URI uri;
        Optional<String> refused;
        try {
            uri = URI.create(attempt.url());
            refused = targets.refusal(uri);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Outcome(null, "The URL is not valid."));
        }
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(new Outcome(null, refused.get()));
        }
        long timestamp = Instant.now().getEpochSecond();
        String id = attempt.eventId().toString();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Pavilion-Webhooks/1.0")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(attempt.secret(), id, timestamp, attempt.body()))
                .POST(HttpRequest.BodyPublishers.ofString(attempt.body(), StandardCharsets.UTF_8))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> failure == null ? new Outcome(response.statusCode(),
                        response.statusCode() / 100 == 2 ? null : "The receiver answered " + response.statusCode() + ".")
                        : new Outcome(null, describe(failure)));
    }

    private void record(Attempt attempt, Outcome outcome) {
        if (outcome.delivered()) {
            ledger.delivered(attempt, outcome.status());
            return;
        }
        Instant next = policy.nextAfter(attempt.number(), attempt.retryUntil()).orElse(null);
        ledger.failed(attempt, outcome.status(), outcome.error(), next);
        if (next == null) {
            LOG.warnf("Gave up delivering event %s to webhook %s after %d attempts: %s", attempt.eventId(),
                    attempt.webhookId(), attempt.number(), outcome.error());
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException) {
            return "No answer within the timeout.";
        }
        return "No answer: " + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
    }
}

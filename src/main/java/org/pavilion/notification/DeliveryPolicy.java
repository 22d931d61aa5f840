package org.pavilion.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How both dispatchers (webhooks and e-mail) take their work: batch size, lease, and the retry schedule. */
@ApplicationScoped
class DeliveryPolicy {

    @ConfigProperty(name = "pavilion.webhooks.lease", defaultValue = "60s")
    Duration lease;

    @ConfigProperty(name = "pavilion.webhooks.batch", defaultValue = "20")
    int batch;

    @ConfigProperty(name = "pavilion.webhooks.retry-delays", defaultValue = "5s,30s,2m,10m,30m,1h")
    List<Duration> retryDelays;

    @ConfigProperty(name = "pavilion.webhooks.retry-every", defaultValue = "2h")
    Duration retryEvery;

    private RetrySchedule schedule;

    @PostConstruct
    void init() {
        schedule = new RetrySchedule(retryDelays, retryEvery);
    }

    Duration lease() {
        return lease;
    }

    int batch() {
        return batch;
    }

    /** When to try again after failed attempt number {@code attempt}; empty: give up. */
    Optional<Instant> nextAfter(int attempt, Instant retryUntil) {
        return schedule.nextAfter(attempt, Instant.now(), retryUntil);
    }
}

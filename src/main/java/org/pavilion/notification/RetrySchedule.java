package org.pavilion.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after each of the first delays in turn (api.md: about 5 s, 30 s, 2 min,
 * 10 min, 30 min, 1 h), then every {@code every} (2 h), as long as the next attempt falls within the delivery's
 * window (24 h from the event, or from a redelivery); after that, never.
 */
record RetrySchedule(List<Duration> delays, Duration every) {

    /** The schedule of api.md. */
    static final RetrySchedule STANDARD = new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1)), Duration.ofHours(2));

    RetrySchedule {
        delays = List.copyOf(delays);
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("The repeat interval must be positive");
        }
    }

    /** The time of the attempt after failed attempt number {@code attempt} (1-based), or empty: give up. */
    Optional<Instant> nextAfter(int attempt, Instant failedAt, Instant retryUntil) {
        Duration delay = attempt <= delays.size() ? delays.get(attempt - 1) : every;
        Instant next = failedAt.plus(delay);
        return next.isAfter(retryUntil) ? Optional.empty() : Optional.of(next);
    }
}

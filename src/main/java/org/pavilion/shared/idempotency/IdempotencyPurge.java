package org.pavilion.shared.idempotency;

import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

/** Removes expired keys hourly (every instance schedules it; an advisory lock lets one do it at a time). */
class IdempotencyPurge {

    @Inject
    IdempotencyStore store;

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        store.purgeExpired();
    }
}

package org.pavilion.shared.idempotency;

import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

/** Removes expired keys hourly (every instance may run it; deleting twice is harmless). */
class IdempotencyPurge {

    @Inject
    IdempotencyStore store;

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        store.purgeExpired();
    }
}

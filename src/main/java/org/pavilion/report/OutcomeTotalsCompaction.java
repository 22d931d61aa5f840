package org.pavilion.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the outcome totals' pending deltas few, so a report reads the totals plus a handful of recent rows. Every
 * instance schedules it; an advisory lock lets one do the work at a time. Reports stay exact whether it ran or not.
 */
@ApplicationScoped
public class OutcomeTotalsCompaction {

    @Inject
    OutcomeTotalsLedger ledger;

    @Scheduled(every = "${pavilion.reports.totals-compact-every:5s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        compact();
    }

    /** Delta rows moved into the totals, or -1 when another instance is compacting. */
    @Transactional
    public long compact() {
        return ledger.compact();
    }
}

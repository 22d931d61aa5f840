package org.pavilion.document;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Removes objects of the S3 store that no document row names, once they are older than any upload still in flight:
 * what an instance leaves when it dies between writing an object and committing its row (a rollback removes its own
 * object at once). Every instance schedules it; an advisory lock lets one sweep at a time.
 */
@ApplicationScoped
class DocumentOrphans {

    private static final Logger LOG = Logger.getLogger(DocumentOrphans.class);

    @Inject
    DocumentStores stores;

    @Inject
    DocumentRepository documents;

    @ConfigProperty(name = "pavilion.documents.orphan-age", defaultValue = "1h")
    Duration age;

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        int removed = sweepOlderThan(age);
        if (removed > 0) {
            LOG.infof("Removed %d orphaned document objects", removed);
        }
    }

    /** The number of orphaned objects older than {@code minimumAge} removed. */
    @Transactional
    int sweepOlderThan(Duration minimumAge) {
        if (!documents.tryLockOrphanSweep()) {
            return 0;
        }
        return stores.removeOrphans(minimumAge, id -> documents.findByIdOptional(id).isPresent());
    }
}

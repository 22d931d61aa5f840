package org.pavilion.document;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * An S3-compatible object store. The object is written before the row (so a failed upload leaves no row pointing
 * at nothing) and removed again if the transaction then rolls back (so a rolled-back change leaves no object).
 */
final class S3DocumentStore implements DocumentStore {

    static final String NAME = "s3";
    static final String PREFIX = "documents/";
    private static final Logger LOG = Logger.getLogger(S3DocumentStore.class);

    private final S3Client s3;
    private final String bucket;
    private final TransactionSynchronizationRegistry transactions;

    S3DocumentStore(S3Client s3, String bucket, TransactionSynchronizationRegistry transactions) {
        this.s3 = s3;
        this.bucket = bucket;
        this.transactions = transactions;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void put(UUID id, ReceivedFile file) {
        String key = key(id);
        s3.putObject(b -> b.bucket(bucket).key(key).contentType(file.contentType()).contentLength(file.size()),
                RequestBody.fromFile(file.path()));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: the row and the object are already written
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        s3.deleteObject(b -> b.bucket(bucket).key(key));
                    } catch (RuntimeException e) {
                        LOG.warnf("Could not remove the object of rolled-back document %s: %s", id, e.getMessage());
                    }
                }
            }
        });
    }

    @Override
    public InputStream open(UUID id, String storage) {
        return s3.getObject(b -> b.bucket(bucket).key(key(id)));
    }

    /** Deletes the objects older than {@code minimumAge} whose id is not a document; answers how many. */
    int removeOrphans(Duration minimumAge, Predicate<UUID> isDocument) {
        Instant before = Instant.now().minus(minimumAge);
        int removed = 0;
        for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(PREFIX)).contents()) {
            UUID id;
            try {
                id = UUID.fromString(object.key().substring(PREFIX.length()));
            } catch (IllegalArgumentException notOurs) {
                continue;
            }
            if (!object.lastModified().isAfter(before) && !isDocument.test(id)) {
                s3.deleteObject(b -> b.bucket(bucket).key(object.key()));
                removed++;
            }
        }
        return removed;
    }

    boolean exists(UUID id) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key(id)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    static String key(UUID id) {
        return PREFIX + id;
    }
}

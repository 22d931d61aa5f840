package org.pavilion.shared.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Idempotency keys in PostgreSQL, so every instance sees the same keys. Each operation runs
 * in its own short transaction, apart from the request's business transaction.
 */
@ApplicationScoped
class IdempotencyStore {

    @Inject
    EntityManager em;

    @Inject
    IdempotencyConfig config;

    record StoredKey(String requestHash, boolean completed, boolean applied, Instant claimedAt, Integer status,
            String contentType, String location, String etag, byte[] body) {
    }

    /** Claims the key for this request; false when it already exists (in flight or completed). */
    boolean claim(String caller, String key, String requestHash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("delete from idempotency_keys where caller = ?1 and idem_key = ?2 and created_at < ?3")
                    .setParameter(1, caller).setParameter(2, key)
                    .setParameter(3, Timestamp.from(Instant.now().minus(config.retention())))
                    .executeUpdate();
            int inserted = em.createNativeQuery("""
                    insert into idempotency_keys (caller, idem_key, request_hash, completed, created_at)
                    values (?1, ?2, ?3, false, now()) on conflict do nothing
                    """)
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, requestHash)
                    .executeUpdate();
            return inserted == 1;
        });
    }

    /**
     * Takes over a key whose holder has been in flight past the timeout (it died mid-request),
     * unless its change was committed: that one must never run twice.
     */
    boolean takeOverAbandoned(String caller, String key, Instant claimedAt) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                update idempotency_keys set created_at = now()
                where caller = ?1 and idem_key = ?2 and not completed and not applied and created_at = ?3
                """)
                .setParameter(1, caller).setParameter(2, key).setParameter(3, Timestamp.from(claimedAt))
                .executeUpdate() == 1);
    }

    StoredKey find(String caller, String key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select request_hash, completed, applied, created_at, status, content_type, location, etag, body
                    from idempotency_keys where caller = ?1 and idem_key = ?2
                    """)
                    .setParameter(1, caller).setParameter(2, key).getResultList();
            if (rows.isEmpty()) {
                return null;
            }
            Object[] r = rows.get(0);
            return new StoredKey((String) r[0], (Boolean) r[1], (Boolean) r[2], toInstant(r[3]), (Integer) r[4],
                    (String) r[5], (String) r[6], (String) r[7], (byte[]) r[8]);
        });
    }

    void complete(String caller, String key, int status, String contentType, String location, String etag, byte[] body) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update idempotency_keys
                set completed = true, status = ?3, content_type = ?4, location = ?5, etag = ?6, body = ?7, completed_at = now()
                where caller = ?1 and idem_key = ?2
                """)
                .setParameter(1, caller).setParameter(2, key).setParameter(3, status).setParameter(4, contentType)
                .setParameter(5, location).setParameter(6, etag).setParameter(7, body)
                .executeUpdate());
    }

    /**
     * Forgets a key whose request failed for a reason of ours (5xx), so that a retry runs again;
     * a key whose change was committed is kept.
     */
    void release(String caller, String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from idempotency_keys where caller = ?1 and idem_key = ?2 and not completed and not applied")
                .setParameter(1, caller).setParameter(2, key).executeUpdate());
    }

    int purgeExpired() {
        return QuarkusTransaction.requiringNew().call(() -> {
            // One instance at a time (each schedules it): the others skip this round.
            if (!Boolean.TRUE.equals(em.createNativeQuery(
                    "select pg_try_advisory_xact_lock(hashtextextended('idempotency-purge', 0))").getSingleResult())) {
                return 0;
            }
            return em.createNativeQuery("delete from idempotency_keys where created_at < ?1")
                    .setParameter(1, Timestamp.from(Instant.now().minus(config.retention()))).executeUpdate();
        });
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) value;
    }
}

package org.pavilion.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Queued e-mails: claimed and leased like webhook deliveries, so no two instances send the same attempt. */
@ApplicationScoped
class MailDeliveryLedger {

    @Inject
    EntityManager em;

    /** A mail this instance now owns. */
    record Attempt(UUID id, int number, String template, String language, String recipient, String data, Instant retryUntil) {
    }

    List<Attempt> claimDue(int batch, Duration lease) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                update mail_deliveries m
                   set attempts = m.attempts + 1, last_attempt_at = now(),
                       next_attempt_at = now() + :lease * interval '1 second'
                  from (select id from mail_deliveries
                         where next_attempt_at <= now()
                         order by next_attempt_at
                         limit :batch
                           for update skip locked) due
                 where m.id = due.id
                returning m.id, m.attempts, m.template, m.language, m.recipient, cast(m.data as text), m.retry_until
                """).setParameter("lease", lease.toSeconds()).setParameter("batch", batch).getResultList();
        return rows.stream().map(r -> new Attempt((UUID) r[0], ((Number) r[1]).intValue(), (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], instant(r[6]))).toList();
    }

    void sent(Attempt attempt) {
        em.createNativeQuery("update mail_deliveries set sent_at = now(), last_error = null, next_attempt_at = null where id = :id")
                .setParameter("id", attempt.id()).executeUpdate();
    }

    void failed(Attempt attempt, String error, Instant nextAttemptAt) {
        em.createNativeQuery("""
                update mail_deliveries set last_error = :error, next_attempt_at = :next
                 where id = :id and attempts = :attempt and sent_at is null
                """).setParameter("error", error)
                .setParameter("next", nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt))
                .setParameter("id", attempt.id()).setParameter("attempt", attempt.number()).executeUpdate();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}

package org.pavilion.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.pavilion.notification.WebhookViews.DeliveryView;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;

/**
 * The webhook deliveries: claimed by a dispatcher with {@code FOR UPDATE SKIP LOCKED} and leased before they are sent,
 * so that no two instances send the same attempt; their outcomes; the delivery log and redelivery.
 */
@ApplicationScoped
class WebhookDeliveryLedger {

    @Inject
    EntityManager em;

    /** An attempt this instance now owns: its number, where to send it, with what secret and body. */
    record Attempt(UUID webhookId, UUID eventId, int number, String url, String secret, String body, Instant retryUntil) {
    }

    /**
     * Claims up to {@code batch} due deliveries of live subscriptions, oldest due first: each gets its next attempt
     * number and a lease (its next attempt moves {@code lease} ahead, when another instance may claim it again if
     * this one never reports).
     */
    List<Attempt> claimDue(int batch, Duration lease) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                update webhook_deliveries d
                   set attempts = d.attempts + 1, last_attempt_at = now(),
                       next_attempt_at = now() + :lease * interval '1 second'
                  from (select webhook_id, event_id from webhook_deliveries
                         where next_attempt_at <= now()
                         order by next_attempt_at
                         limit :batch
                           for update skip locked) due, webhooks w, outbox_events e
                 where d.webhook_id = due.webhook_id and d.event_id = due.event_id
                   and w.id = d.webhook_id and e.id = d.event_id
                returning d.webhook_id, d.event_id, d.attempts, w.url, w.secret, e.body, d.retry_until
                """).setParameter("lease", lease.toSeconds()).setParameter("batch", batch).getResultList();
        return rows.stream().map(r -> new Attempt((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(), (String) r[3],
                (String) r[4], (String) r[5], instant(r[6]))).toList();
    }

    /** A 2xx answer: delivered, nothing more to do (whichever attempt it was). */
    void delivered(Attempt attempt, int status) {
        em.createNativeQuery("""
                update webhook_deliveries set last_status = :status, last_error = null, delivered_at = now(),
                       next_attempt_at = null
                 where webhook_id = :webhook and event_id = :event
                """).setParameter("status", status).setParameter("webhook", attempt.webhookId())
                .setParameter("event", attempt.eventId()).executeUpdate();
    }

    /** A failed attempt and when to try again (null: never); ignored if a later attempt was claimed meanwhile. */
    void failed(Attempt attempt, Integer status, String error, Instant nextAttemptAt) {
        em.createNativeQuery("""
                update webhook_deliveries set last_status = :status, last_error = :error, next_attempt_at = :next
                 where webhook_id = :webhook and event_id = :event and attempts = :attempt and delivered_at is null
                """).setParameter("status", status).setParameter("error", error)
                .setParameter("next", nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt))
                .setParameter("webhook", attempt.webhookId()).setParameter("event", attempt.eventId())
                .setParameter("attempt", attempt.number()).executeUpdate();
    }

    /** Nothing more is sent to a deleted subscription. */
    void stopAll(UUID webhookId) {
        em.createNativeQuery("update webhook_deliveries set next_attempt_at = null where webhook_id = :webhook and next_attempt_at is not null")
                .setParameter("webhook", webhookId).executeUpdate();
    }

    /** Sends the event again now, with a fresh window of {@code window}; false when the subscription never had it. */
    boolean redeliver(UUID webhookId, UUID eventId, Duration window) {
        return em.createNativeQuery("""
                update webhook_deliveries set next_attempt_at = now(),
                       retry_until = greatest(retry_until, now() + :window * interval '1 second')
                 where webhook_id = :webhook and event_id = :event
                """).setParameter("window", window.toSeconds()).setParameter("webhook", webhookId)
                .setParameter("event", eventId).executeUpdate() == 1;
    }

    /** The deliveries of a subscription, newest event first. */
    Page<DeliveryView> log(UUID webhookId, PageRequest page) {
        return page(webhookId, null, page);
    }

    Optional<DeliveryView> one(UUID webhookId, UUID eventId) {
        return page(webhookId, eventId, new PageRequest(0, 1)).items().stream().findFirst();
    }

    private Page<DeliveryView> page(UUID webhookId, UUID eventId, PageRequest page) {
        Query query = em.createNativeQuery("""
                select d.event_id, e.type, e.occurred_at, d.attempts, d.last_status, d.last_error, d.last_attempt_at,
                       d.delivered_at, d.next_attempt_at, count(*) over () as total
                  from webhook_deliveries d join outbox_events e on e.id = d.event_id
                 where d.webhook_id = :webhook %s
                 order by e.occurred_at desc, e.id desc
                 limit :limit offset :offset
                """.formatted(eventId == null ? "" : "and d.event_id = :event"));
        query.setParameter("webhook", webhookId).setParameter("limit", page.size()).setParameter("offset", page.offset());
        if (eventId != null) {
            query.setParameter("event", eventId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<DeliveryView> items = new ArrayList<>();
        long total = 0;
        for (Object[] r : rows) {
            items.add(new DeliveryView((UUID) r[0], (String) r[1], instant(r[2]), ((Number) r[3]).intValue(),
                    r[4] == null ? null : ((Number) r[4]).intValue(), (String) r[5], instant(r[6]), instant(r[7]),
                    instant(r[8])));
            total = ((Number) r[9]).longValue();
        }
        return Page.of(items, page, total);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp t ? t.toInstant() : value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}

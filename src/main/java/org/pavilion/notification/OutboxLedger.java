package org.pavilion.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Writes events and mails into the outbox tables, in the caller's transaction. */
@ApplicationScoped
class OutboxLedger {

    @Inject
    EntityManager em;

    /** The event and, in the same statement, one due delivery per live subscription that wants its type. */
    void append(UUID id, String type, Instant occurredAt, String body, Duration retryFor) {
        em.createNativeQuery("""
                with event as (
                    insert into outbox_events (id, type, occurred_at, body) values (:id, :type, :at, :body) returning id, type
                )
                insert into webhook_deliveries (webhook_id, event_id, next_attempt_at, retry_until)
                select w.id, event.id, :at, cast(:at as timestamptz) + :window * interval '1 second'
                  from webhooks w cross join event
                 where w.deleted_at is null and (event.type = any (w.events) or :all = any (w.events))
                """)
                .setParameter("id", id)
                .setParameter("type", type)
                .setParameter("at", occurredAt)
                .setParameter("body", body)
                .setParameter("window", retryFor.toSeconds())
                .setParameter("all", EventType.ALL)
                .executeUpdate();
    }

    /** A mail to the company's contact address in its preferred language, both as they are now. */
    void queueMail(UUID id, UUID companyId, String template, String data, Duration retryFor) {
        em.createNativeQuery("""
                insert into mail_deliveries (id, company_id, template, language, recipient, data, created_at, next_attempt_at,
                                             retry_until)
                select :id, c.id, :template, c.preferred_language, c.contact_email,
                       jsonb_build_object('companyName', c.name_ko, 'companyNameEn', coalesce(c.name_en, c.name_ko))
                           || cast(:data as jsonb),
                       now(), now(), now() + :window * interval '1 second'
                  from companies c
                 where c.id = :company and c.contact_email is not null
                """)
                .setParameter("id", id)
                .setParameter("company", companyId)
                .setParameter("template", template)
                .setParameter("data", data)
                .setParameter("window", retryFor.toSeconds())
                .executeUpdate();
    }
}

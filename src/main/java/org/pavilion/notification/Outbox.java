package org.pavilion.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The transactional outbox: features record here, in the transaction of their change, what webhooks and e-mails must
 * tell. Nothing is sent here; the dispatchers send after the commit, from any instance. A change that rolls back
 * takes its events and mails with it; one that commits keeps them until they are delivered.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    OutboxLedger ledger;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "pavilion.webhooks.retry-for", defaultValue = "24h")
    Duration retryFor;

    /**
     * An event: its body {@code {type, timestamp, data}} is fixed now and sent as is on every attempt to every
     * subscription that wants this type.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(EventType type, Map<String, ?> data) {
        Instant occurredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.wireName());
        body.put("timestamp", occurredAt.toString());
        body.put("data", data);
        ledger.append(UUID.randomUUID(), type.wireName(), occurredAt, json(body), retryFor);
    }

    /** An e-mail to a company's contact address, in its preferred language; nothing when it has no address. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mail(UUID companyId, MailKind kind, Map<String, ?> data) {
        ledger.queueMail(UUID.randomUUID(), companyId, kind.template(), json(data), retryFor);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event could not be written as JSON", e);
        }
    }
}

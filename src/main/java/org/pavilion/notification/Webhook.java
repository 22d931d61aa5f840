package org.pavilion.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.pavilion.shared.domain.Timestamps;

/** A subscription: where to deliver which events, and the secret that signs them. */
@Entity
@Table(name = "webhooks")
class Webhook {

    @Id
    UUID id;
    String url;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] events;
    String description;
    String secret;
    String createdBy;
    Instant createdAt;
    Instant deletedAt;
    String deletedBy;

    protected Webhook() {
    }

    static Webhook subscribe(String url, List<String> events, String description, String createdBy) {
        Webhook w = new Webhook();
        w.id = UUID.randomUUID();
        w.url = url;
        w.events = events.stream().distinct().toArray(String[]::new);
        w.description = description;
        w.secret = WebhookSignature.newSecret();
        w.createdBy = createdBy;
        w.createdAt = Timestamps.now();
        return w;
    }

    boolean active() {
        return deletedAt == null;
    }

    void delete(String subject) {
        deletedAt = Timestamps.now();
        deletedBy = subject;
    }

    List<String> events() {
        return List.copyOf(Arrays.asList(events));
    }

    /** What the audit trail keeps: never the secret. */
    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("url", url);
        s.put("events", events());
        s.put("description", description);
        s.put("active", active());
        return s;
    }
}

package org.pavilion.shared.audit;

import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.pavilion.shared.security.Actor;
import org.pavilion.shared.security.CurrentUser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Appends audit events in the caller's transaction, so an event exists exactly when its
 * change does. The table refuses updates and deletes (a trigger), so the trail is append-only.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ObjectMapper mapper;

    /** A new entity: {@code before} is null, {@code after} its full snapshot. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void created(String entityType, UUID entityId, Map<String, ?> snapshot) {
        append(currentUser.actor(), "created", entityType, entityId, null, snapshot);
    }

    /** A change: only the fields that differ are written; nothing is written when none do. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String action, String entityType, UUID entityId, Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        for (String key : after.keySet()) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                was.put(key, before.get(key));
                now.put(key, after.get(key));
            }
        }
        if (!now.isEmpty()) {
            append(currentUser.actor(), action, entityType, entityId, was, now);
        }
    }

    /** An event whose before/after the caller states as is (a member added or removed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recorded(String action, String entityType, UUID entityId, Map<String, ?> before, Map<String, ?> after) {
        append(currentUser.actor(), action, entityType, entityId, before, after);
    }

    /** One event of a bulk change: its action, entity and the JSON of what it was and is (before null on creation). */
    public record Entry(String action, UUID entityId, String beforeJson, String afterJson) {
    }

    /** Many events at once (a bulk import): one INSERT of every event, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordedMany(String entityType, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Actor actor = currentUser.actor();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into audit_events (actor_subject, actor_name, action, entity_type, entity_id, before, after)
                    select ?, ?, t.action, ?, t.id, t.before::jsonb, t.after::jsonb
                    from unnest(?::text[], ?::uuid[], ?::text[], ?::text[]) as t(action, id, before, after)
                    """)) {
                insert.setString(1, actor.subject());
                insert.setString(2, actor.name());
                insert.setString(3, entityType);
                insert.setArray(4, connection.createArrayOf("text", entries.stream().map(Entry::action).toArray()));
                insert.setArray(5, connection.createArrayOf("uuid", entries.stream().map(Entry::entityId).toArray()));
                insert.setArray(6, connection.createArrayOf("text", entries.stream().map(Entry::beforeJson).toArray()));
                insert.setArray(7, connection.createArrayOf("text", entries.stream().map(Entry::afterJson).toArray()));
                insert.executeUpdate();
            }
        });
    }

    private void append(Actor actor, String action, String entityType, UUID entityId, Map<String, ?> before, Map<String, ?> after) {
        em.createNativeQuery("""
                insert into audit_events (actor_subject, actor_name, action, entity_type, entity_id, before, after)
                values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), cast(?7 as jsonb))
                """)
                .setParameter(1, actor.subject())
                .setParameter(2, actor.name())
                .setParameter(3, action)
                .setParameter(4, entityType)
                .setParameter(5, entityId)
                .setParameter(6, json(before))
                .setParameter(7, json(after))
                .executeUpdate();
    }

    private String json(Map<String, ?> values) {
        if (values == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit snapshot could not be written as JSON", e);
        }
    }
}

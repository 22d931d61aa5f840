package org.pavilion.shared.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.security.Actor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the audit trail, newest first. */
@ApplicationScoped
public class AuditQuery {

    private static final TypeReference<Map<String, Object>> SNAPSHOT = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    public record Filter(String entityType, UUID entityId, Instant from, Instant toExclusive) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEventView> find(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (filter.entityType() != null) {
            params.add(filter.entityType());
            where.append(" and entity_type = ?").append(params.size());
        }
        if (filter.entityId() != null) {
            params.add(filter.entityId());
            where.append(" and entity_id = ?").append(params.size());
        }
        if (filter.from() != null) {
            params.add(Timestamp.from(filter.from()));
            where.append(" and at >= ?").append(params.size());
        }
        if (filter.toExclusive() != null) {
            params.add(Timestamp.from(filter.toExclusive()));
            where.append(" and at < ?").append(params.size());
        }
        Query count = em.createNativeQuery("select count(*) from audit_events" + where);
        Query rows = em.createNativeQuery("select at, actor_subject, actor_name, action, entity_type, entity_id, "
                + "cast(before as text), cast(after as text) from audit_events" + where
                + " order by at desc, id desc limit " + page.size() + " offset " + page.offset());
        for (int i = 0; i < params.size(); i++) {
            count.setParameter(i + 1, params.get(i));
            rows.setParameter(i + 1, params.get(i));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<AuditEventView> items = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new AuditEventView(toUtc(r[0]), new Actor((String) r[1], (String) r[2]),
                    (String) r[3], (String) r[4], (UUID) r[5], parse((String) r[6]), parse((String) r[7])));
        }
        return Page.of(items, page, total);
    }

    private static OffsetDateTime toUtc(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private Map<String, Object> parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readerFor(SNAPSHOT).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored audit JSON is unreadable", e);
        }
    }
}

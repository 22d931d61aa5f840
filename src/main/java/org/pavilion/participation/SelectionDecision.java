package org.pavilion.participation;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.security.Actor;

/**
 * A committee decision on a programme: who was selected, who was waitlisted (in order), why, by whom, and the
 * ranking it was taken on, kept as it stood so that the record explains the choice after any later change.
 */
@Entity
@Table(name = "selection_decisions")
class SelectionDecision {

    @Id
    UUID id;
    UUID programmeId;
    Instant decidedAt;
    String decidedBySubject;
    String decidedByName;
    String reason;
    @JdbcTypeCode(SqlTypes.ARRAY)
    UUID[] selected;
    @JdbcTypeCode(SqlTypes.ARRAY)
    UUID[] waitlisted;
    /** The ranking as JSON (an array of ranked applications). */
    @Column(name = "ranking", columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    String rankingJson;

    protected SelectionDecision() {
    }

    static SelectionDecision taken(UUID programmeId, Actor by, String reason, List<UUID> selected, List<UUID> waitlisted,
            String rankingJson) {
        SelectionDecision d = new SelectionDecision();
        d.id = UUID.randomUUID();
        d.programmeId = programmeId;
        d.decidedAt = Timestamps.now();
        d.decidedBySubject = by.subject();
        d.decidedByName = by.name();
        d.reason = reason;
        d.selected = selected.toArray(UUID[]::new);
        d.waitlisted = waitlisted.toArray(UUID[]::new);
        d.rankingJson = rankingJson;
        return d;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("programmeId", programmeId);
        s.put("reason", reason);
        s.put("selected", Arrays.asList(selected));
        s.put("waitlisted", Arrays.asList(waitlisted));
        return s;
    }
}

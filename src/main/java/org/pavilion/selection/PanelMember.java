package org.pavilion.selection;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.pavilion.shared.domain.Timestamps;

/** A reviewer on a call's panel, by the {@code sub} of its token. At most one per subject and call (a unique constraint). */
@Entity
@Table(name = "selection_reviewers")
class PanelMember {

    @Id
    UUID id;
    UUID callId;
    @Enumerated(EnumType.STRING)
    CallKind callKind;
    String subject;
    String name;
    String addedBy;
    Instant addedAt;

    protected PanelMember() {
    }

    static PanelMember of(UUID callId, CallKind kind, String subject, String name, String addedBy) {
        PanelMember m = new PanelMember();
        m.id = UUID.randomUUID();
        m.callId = callId;
        m.callKind = kind;
        m.subject = subject;
        m.name = name;
        m.addedBy = addedBy;
        m.addedAt = Timestamps.now();
        return m;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("callId", callId);
        s.put("subject", subject);
        s.put("name", name);
        return s;
    }
}

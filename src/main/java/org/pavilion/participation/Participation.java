package org.pavilion.participation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.pavilion.shared.domain.StateConflict;

/** A company in a programme. At most one active participation per company and programme (a unique index). */
@Entity
@Table(name = "participations")
class Participation {

    @Id
    UUID id;
    UUID programmeId;
    UUID companyId;
    @Enumerated(EnumType.STRING)
    ParticipationStatus status;
    String statusReason;
    String createdBy;
    Instant createdAt;
    Instant updatedAt;
    @Version
    long version;

    protected Participation() {
    }

    static Participation open(UUID programmeId, UUID companyId, ParticipationStatus status, String createdBy) {
        Participation p = new Participation();
        p.id = UUID.randomUUID();
        p.programmeId = programmeId;
        p.companyId = companyId;
        p.status = status;
        p.createdBy = createdBy;
        p.createdAt = Instant.now();
        p.updatedAt = p.createdAt;
        return p;
    }

    /** Moves to the target status if the contract allows it; 409 otherwise. */
    void transitionTo(ParticipationStatus target, String reason) {
        if (!status.canBecome(target)) {
            throw StateConflict.illegalTransition("A participation in status " + status + " cannot become " + target + ".");
        }
        status = target;
        statusReason = reason;
        updatedAt = Instant.now();
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("programmeId", programmeId);
        s.put("companyId", companyId);
        s.put("status", status.name());
        s.put("statusReason", statusReason);
        return s;
    }
}

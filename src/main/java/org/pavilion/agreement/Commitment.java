package org.pavilion.agreement;

import java.time.Instant;
import java.time.LocalDate;
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

/** Something an agreement commits the parties to do, by a due date, moved along {@link CommitmentStatus}. */
@Entity
@Table(name = "commitments")
class Commitment {

    @Id
    UUID id;
    UUID agreementId;
    String description;
    @Enumerated(EnumType.STRING)
    CooperationArea area;
    String owner;
    LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    CommitmentStatus status;
    Instant createdAt;
    Instant updatedAt;
    @Version
    long version;

    protected Commitment() {
    }

    Commitment(UUID id, UUID agreementId, Instant createdAt) {
        this.id = id;
        this.agreementId = agreementId;
        this.status = CommitmentStatus.PLANNED;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Moves to {@code target} if the status machine allows it (409 otherwise). */
    void transitionTo(CommitmentStatus target) {
        if (!status.canBecome(target)) {
            throw StateConflict.illegalTransition("A " + status + " commitment cannot become " + target + ".");
        }
        status = target;
    }

    /** Open (PLANNED or IN_PROGRESS) with its due date before {@code day}. */
    boolean isOverdueOn(LocalDate day) {
        return status.isOpen() && dueOn != null && dueOn.isBefore(day);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("agreementId", agreementId.toString());
        s.put("description", description);
        s.put("area", area.name());
        s.put("owner", owner);
        s.put("dueOn", dueOn == null ? null : dueOn.toString());
        s.put("status", status.name());
        return s;
    }
}

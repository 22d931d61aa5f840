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
import org.pavilion.shared.domain.Timestamps;

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
    /** 1, 2, ... in the programme's waitlist while WAITLISTED; null otherwise. */
    Integer waitlistPosition;
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
        p.createdAt = Timestamps.now();
        p.updatedAt = p.createdAt;
        return p;
    }

    /**
     * Moves to the target status if the contract allows it (409 otherwise), leaving the waitlist if it was on it.
     * Joining the waitlist takes a position: {@link #waitlist(int, String)}.
     */
    void transitionTo(ParticipationStatus target, String reason) {
        if (target == ParticipationStatus.WAITLISTED) {
            throw new IllegalArgumentException("Joining the waitlist takes a position");
        }
        requireCanBecome(target);
        status = target;
        statusReason = reason;
        waitlistPosition = null;
        updatedAt = Timestamps.now();
    }

    /** Joins the waitlist at {@code position} (the next one at its end, or the committee's order). */
    void waitlist(int position, String reason) {
        requireCanBecome(ParticipationStatus.WAITLISTED);
        status = ParticipationStatus.WAITLISTED;
        statusReason = reason;
        waitlistPosition = position;
        updatedAt = Timestamps.now();
    }

    /** The waitlist's head takes a seat freed by a withdrawal. */
    void promote(String reason) {
        if (status != ParticipationStatus.WAITLISTED) {
            throw StateConflict.illegalTransition("Only a WAITLISTED participation can be promoted; this one is " + status + ".");
        }
        transitionTo(ParticipationStatus.SELECTED, reason);
    }

    boolean isWaitlisted() {
        return status == ParticipationStatus.WAITLISTED;
    }

    /** Whether withdrawing it frees a seat that the waitlist may take. */
    boolean holdsSeat() {
        return status == ParticipationStatus.SELECTED || status == ParticipationStatus.CONFIRMED;
    }

    private void requireCanBecome(ParticipationStatus target) {
        if (!status.canBecome(target)) {
            throw StateConflict.illegalTransition("A participation in status " + status + " cannot become " + target + ".");
        }
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("programmeId", programmeId);
        s.put("companyId", companyId);
        s.put("status", status.name());
        s.put("statusReason", statusReason);
        s.put("waitlistPosition", waitlistPosition);
        return s;
    }
}

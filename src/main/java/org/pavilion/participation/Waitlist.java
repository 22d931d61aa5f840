package org.pavilion.participation;

import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pavilion.selection.SelectionAccess;
import org.pavilion.shared.audit.AuditLog;

/**
 * Waitlist promotion: when a seat-holding participation of a programme with selection settings withdraws, the
 * waitlist's head takes the seat if the programme is then below its seats, and the others move up one place.
 * The caller holds the programme's seats-and-waitlist lock.
 */
@ApplicationScoped
class Waitlist {

    static final String PROMOTED = "promoted";

    @Inject
    ParticipationRepository participations;

    @Inject
    SelectionAccess selection;

    @Inject
    AuditLog audit;

    @Inject
    ParticipationNotices notices;

    @Transactional(Transactional.TxType.MANDATORY)
    void promoteIntoFreedSeat(UUID programmeId, UUID withdrawnId) {
        OptionalInt seats = selection.seats(programmeId);
        if (seats.isEmpty() || participations.countTakingPart(programmeId) >= seats.getAsInt()) {
            return;
        }
        participations.headOfWaitlist(programmeId).ifPresent(head -> {
            int position = head.waitlistPosition;
            Map<String, Object> before = head.snapshot();
            head.promote("Promoted from waitlist position " + position + " to the seat freed by participation " + withdrawnId);
            participations.flush();
            audit.changed(PROMOTED, ParticipationService.ENTITY, head.id, before, head.snapshot());
            notices.statusChanged(head, ParticipationStatus.WAITLISTED);
            participations.moveUpBehind(programmeId, position);
        });
    }
}

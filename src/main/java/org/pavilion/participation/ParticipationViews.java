package org.pavilion.participation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.programme.SupportCategory;
import org.pavilion.selection.Ranking;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.security.Actor;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Response bodies of participations, allocations and disbursements. */
final class ParticipationViews {

    private ParticipationViews() {
    }

    @Schema(name = "Participation")
    record ParticipationView(UUID id, UUID programmeId, UUID companyId, ParticipationStatus status, String statusReason,
            @Schema(description = "1, 2, ... in the programme's waitlist while WAITLISTED; null otherwise") Integer waitlistPosition,
            @Schema(description = "Live allocations of this participation") Money allocated,
            @Schema(description = "Paid so far") Money disbursed, Instant createdAt, Instant updatedAt,
            @JsonIgnore @Schema(hidden = true) long version) {

        static ParticipationView of(Participation p, Money allocated, Money disbursed) {
            return new ParticipationView(p.id, p.programmeId, p.companyId, p.status, p.statusReason, p.waitlistPosition,
                    allocated, disbursed,
                    p.createdAt, p.updatedAt, p.version);
        }
    }

    @Schema(name = "Allocation")
    record AllocationView(UUID id, UUID participationId, UUID programmeId, UUID companyId, SupportCategory category,
            @Schema(description = "The amount first allocated") Money originalAmount,
            @Schema(description = "The live allocation: after cancellation, only its disbursed part") Money amount,
            Money disbursed, Money undisbursed, Allocation.Status status, String note, String cancelReason,
            Instant createdAt, Instant updatedAt) {

        static AllocationView of(Allocation a) {
            return new AllocationView(a.id, a.participationId, a.programmeId, a.companyId, a.category,
                    Money.of(a.originalAmount, Money.KRW), a.live(), a.paid(), a.undisbursed(), a.status, a.note,
                    a.cancelReason, a.createdAt, a.updatedAt);
        }
    }

    @Schema(name = "Disbursement")
    record DisbursementView(UUID id, UUID allocationId, UUID programmeId, Money amount, LocalDate paidOn, String reference,
            Instant createdAt) {

        static DisbursementView of(Disbursement d) {
            return new DisbursementView(d.id, d.allocationId, d.programmeId, d.amount(), d.paidOn, d.reference, d.createdAt);
        }
    }

    @Schema(name = "SelectionDecision")
    record SelectionDecisionView(UUID id, UUID programmeId, Instant decidedAt, Actor decidedBy, String reason,
            @Schema(description = "Participations made SELECTED, in ranking order") List<UUID> selected,
            @Schema(description = "Participations put on the waitlist, in ranking order (= waitlist order)") List<UUID> waitlisted,
            @Schema(description = "The ranking the committee decided on, as it stood") List<Ranking.Item> ranking) {

        static SelectionDecisionView of(SelectionDecision d, List<Ranking.Item> ranking) {
            return new SelectionDecisionView(d.id, d.programmeId, d.decidedAt, new Actor(d.decidedBySubject, d.decidedByName),
                    d.reason, List.of(d.selected), List.of(d.waitlisted), ranking);
        }
    }
}

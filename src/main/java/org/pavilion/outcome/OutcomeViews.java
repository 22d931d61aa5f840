package org.pavilion.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.shared.money.Money;

/** The views the outcome endpoints answer with. */
public final class OutcomeViews {

    private OutcomeViews() {
    }

    @Schema(name = "Outcome")
    public record OutcomeView(UUID id, UUID participationId, UUID programmeId, UUID companyId, OutcomeKind kind,
            String buyerName, String buyerCountry, Money value, LocalDate occurredOn, OutcomeStatus status, String note,
            Instant createdAt, Instant updatedAt) {

        static OutcomeView of(Outcome o) {
            return new OutcomeView(o.id, o.participationId, o.programmeId, o.companyId, o.kind, o.buyerName, o.buyerCountry,
                    o.value(), o.occurredOn, o.status, o.note, o.createdAt, o.updatedAt);
        }
    }
}

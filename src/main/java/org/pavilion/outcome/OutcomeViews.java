package org.pavilion.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.security.Actor;

/** The views the outcome endpoints answer with. */
public final class OutcomeViews {

    private OutcomeViews() {
    }

    @Schema(name = "Outcome")
    public record OutcomeView(UUID id, UUID participationId, UUID programmeId, UUID companyId, OutcomeKind kind,
            String buyerName, String buyerCountry, Money value, LocalDate occurredOn, OutcomeStatus status, String note,
            @Schema(description = "Contracts: the signing date; null otherwise") LocalDate signedOn,
            @Schema(description = "An officer's finding on the contract's evidence; null before any, and again after a "
                    + "change of value, currency or status") VerificationView verification,
            Instant createdAt, Instant updatedAt) {

        static OutcomeView of(Outcome o) {
            VerificationView verification = o.isVerified() ? new VerificationView(o.verificationStatus, o.evidenceKind,
                    o.evidenceReference, new Actor(o.verifiedBySubject, o.verifiedByName), o.verifiedAt) : null;
            return new OutcomeView(o.id, o.participationId, o.programmeId, o.companyId, o.kind, o.buyerName, o.buyerCountry,
                    o.value(), o.occurredOn, o.status, o.note, o.signedOn, verification, o.createdAt, o.updatedAt);
        }
    }

    @Schema(name = "ContractVerificationState")
    public record VerificationView(VerificationStatus status, EvidenceKind evidenceKind, String evidenceReference,
            Actor decidedBy, Instant decidedAt) {
    }
}

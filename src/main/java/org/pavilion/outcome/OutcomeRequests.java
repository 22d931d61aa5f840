package org.pavilion.outcome;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.web.IsoCountry;
import org.pavilion.shared.web.PlainText;

import com.fasterxml.jackson.annotation.JsonIgnore;

final class OutcomeRequests {

    private OutcomeRequests() {
    }

    @Schema(name = "NewOutcome")
    record NewOutcome(
            @NotNull OutcomeKind kind,
            @NotBlank @Size(max = 200) @Schema(example = "Telefónica Innovación Digital") String buyerName,
            @NotNull @IsoCountry @Schema(example = "ES", maxLength = 2, description = "ISO 3166-1 alpha-2") String buyerCountry,
            @NotNull @Schema(description = "Any ISO 4217 currency; zero allowed") Money value,
            @NotNull @Schema(example = "2025-03-04") LocalDate occurredOn,
            @NotNull @Schema(description = "OPEN, FOLLOW_UP or CLOSED for a consultation; PURSUING, SIGNED or CANCELLED for a contract") OutcomeStatus status,
            @Size(max = 2000) String note,
            @Schema(example = "2025-05-20", description = "Contracts only: the signing date, not before occurredOn; a contract "
                    + "created SIGNED without one is signed on occurredOn") LocalDate signedOn) {

        @JsonIgnore
        @AssertTrue(message = "signedOn is for contracts, and must not be before occurredOn")
        @Schema(hidden = true)
        public boolean isSignedOnValid() {
            return signedOn == null || (kind == OutcomeKind.CONTRACT && (occurredOn == null || !signedOn.isBefore(occurredOn)));
        }

        @JsonIgnore
        @AssertTrue(message = "status must be OPEN, FOLLOW_UP or CLOSED for a consultation, PURSUING, SIGNED or CANCELLED for a contract")
        @Schema(hidden = true)
        public boolean isStatusValidForKind() {
            return kind == null || status == null || kind.statuses().contains(status);
        }

        /** The outcome this request records for a participation. */
        Outcome newOutcome(UUID participationId, UUID programmeId, UUID companyId, String createdBy) {
            Outcome o = new Outcome();
            o.id = UUID.randomUUID();
            o.participationId = participationId;
            o.programmeId = programmeId;
            o.companyId = companyId;
            o.kind = kind;
            o.buyerName = buyerName.trim();
            o.buyerCountry = buyerCountry;
            o.value(value);
            o.occurredOn = occurredOn;
            o.status = status;
            o.note = PlainText.trimToNull(note);
            if (kind == OutcomeKind.CONTRACT) {
                o.signedOn(signedOn != null ? signedOn : status == OutcomeStatus.SIGNED ? occurredOn : null);
            }
            o.createdBy = createdBy;
            o.createdAt = Timestamps.now();
            o.updatedAt = o.createdAt;
            return o;
            }
    }

    @Schema(name = "OutcomeFollowUp", description = "Only the fields present change: status, value, note, signedOn")
    record FollowUp(OutcomeStatus status, Money value, @Size(max = 2000) String note,
            @Schema(example = "2025-05-20", description = "Contracts only; not before occurredOn") LocalDate signedOn) {
    }

    @Schema(name = "ContractVerification")
    record Verification(@NotNull VerificationStatus status, @NotNull EvidenceKind evidenceKind,
            @NotBlank @Size(max = 200) @Schema(example = "12345-25-0123456X", description = "The evidence's number, e.g. the export declaration number") String evidenceReference,
            @Size(max = 2000) String note) {
    }
}

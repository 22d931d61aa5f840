package org.pavilion.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
            @Size(max = 2000) String note) {

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
            o.createdBy = createdBy;
            o.createdAt = Instant.now();
            o.updatedAt = o.createdAt;
            return o;
            }
    }

    @Schema(name = "OutcomeFollowUp", description = "Only the fields present change: status, value, note")
    record FollowUp(OutcomeStatus status, Money value, @Size(max = 2000) String note) {
    }
}

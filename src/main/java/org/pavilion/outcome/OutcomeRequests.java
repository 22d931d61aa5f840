package org.pavilion.outcome;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.web.IsoCountry;

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
    }

    @Schema(name = "OutcomeFollowUp", description = "Only the fields present change: status, value, note")
    record FollowUp(OutcomeStatus status, Money value, @Size(max = 2000) String note) {
    }
}

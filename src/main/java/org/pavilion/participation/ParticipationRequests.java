package org.pavilion.participation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.programme.SupportCategory;
import org.pavilion.shared.money.InCurrency;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.money.PositiveMoney;

/** Request bodies of participations, allocations and disbursements. */
final class ParticipationRequests {

    private ParticipationRequests() {
    }

    @Schema(name = "NewParticipation")
    record NewParticipation(@NotNull UUID companyId) {
    }

    @Schema(name = "Transition")
    record Transition(@NotNull ParticipationStatus to, @Size(max = 1000) String reason) {
    }

    @Schema(name = "NewAllocation")
    record NewAllocation(@NotNull SupportCategory category,
            @NotNull @InCurrency("KRW") @PositiveMoney @Schema(example = "{\"amount\": \"4000000\", \"currency\": \"KRW\"}") Money amount,
            @Size(max = 1000) String note) {
    }

    @Schema(name = "Cancellation")
    record Cancellation(@NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "NewDisbursement")
    record NewDisbursement(@NotNull @InCurrency("KRW") @PositiveMoney Money amount,
            @NotNull @Schema(example = "2025-04-15") LocalDate paidOn,
            @NotBlank @Size(max = 200) @Schema(example = "GG-TREASURY-2025-0412") String reference) {
    }

    @Schema(name = "SelectionDecisionRequest")
    record DecisionRequest(@NotBlank @Size(max = 1000) @Schema(example = "Evaluation committee meeting of 2025-04-10") String reason) {
    }
}

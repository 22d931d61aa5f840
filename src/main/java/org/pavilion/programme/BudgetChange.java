package org.pavilion.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.shared.money.InCurrency;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.money.PositiveMoney;

@Schema(name = "BudgetChange")
public record BudgetChange(
        @NotNull @InCurrency("KRW") @PositiveMoney Money budget,
        @NotBlank @Size(max = 1000) @Schema(example = "Supplementary budget approved by the provincial council") String reason) {
}

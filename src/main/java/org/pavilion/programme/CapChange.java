package org.pavilion.programme;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.shared.money.InCurrency;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.money.PositiveMoney;

@Schema(name = "PerCompanyCapChange")
public record CapChange(
        @NotNull @InCurrency("KRW") @PositiveMoney Money cap,
        @NotNull @Schema(example = "2025-02-01", description = "Allocations made from this date on are checked against the new cap") LocalDate effectiveFrom,
        @NotBlank @Size(max = 1000) @Schema(example = "Exchange-rate and price pressure") String reason) {
}

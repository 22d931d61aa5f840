package org.pavilion.fx;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the fx endpoints, each a record with its bounds. */
public final class FxRequests {

    private FxRequests() {
    }

    @Schema(name = "FxRateChange")
    public record RateChange(
            @NotNull @Pattern(regexp = FxService.RATE_PATTERN, message = "must be a positive decimal string with at most 6 decimals, such as \"1453.20\"")
            @Size(max = 30) @Schema(example = "1453.20") String krwPerUnit,
            @NotBlank @Size(max = 200) @Schema(example = "Seoul Money Brokerage base rate") String source) {
    }
}

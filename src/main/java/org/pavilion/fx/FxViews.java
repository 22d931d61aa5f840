package org.pavilion.fx;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

/** The views the fx endpoints answer with. */
public final class FxViews {

    private FxViews() {
    }

    /** A rate as the API shows it; {@code krwPerUnit} is a decimal string with the decimals it was given. */
    @Schema(name = "FxRate")
    public record FxRateView(
            @Schema(example = "USD") String currency,
            @Schema(example = "2025-03-03") LocalDate date,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, example = "1453.20") BigDecimal krwPerUnit,
            @Schema(example = "Seoul Money Brokerage base rate") String source) {

        static FxRateView of(FxRate r) {
            return new FxRateView(r.currency, r.rateDate, r.krwPerUnit, r.source);
        }
    }
}

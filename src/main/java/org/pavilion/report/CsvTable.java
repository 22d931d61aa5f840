package org.pavilion.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.pavilion.shared.problem.ApiProblem;

/**
 * Which table a CSV download holds: one table per file, so every CSV reader reads it whole. {@code figures} (the
 * default) are the report's rows; {@code rates} the exchange rates it used; {@code unconverted} the amounts it could
 * not convert. The Excel download has them as three sheets.
 */
enum CsvTable {
    figures, rates, unconverted;

    static final String DESCRIPTION = " A CSV download holds one table, chosen with `table`: `figures` (default), `rates` "
            + "(the exchange rates used) or `unconverted` (amounts without a usable rate); the Excel download has them as sheets.";

    static CsvTable of(String raw) {
        if (raw == null || raw.isBlank()) {
            return figures;
        }
        try {
            return valueOf(raw.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.BadRequest.field("table", "must be one of " + Arrays.stream(values()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }
}

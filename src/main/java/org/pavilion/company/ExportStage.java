package org.pavilion.company;

import java.math.BigDecimal;

import org.pavilion.shared.money.Money;

/**
 * A company's export stage, derived from its exports of the previous year in USD: DOMESTIC (none given, or 0),
 * BEGINNER (below 100,000), PROMISING (below 1,000,000), GROWING (below 5,000,000), GLOBAL (5,000,000 and above).
 */
public enum ExportStage {
    DOMESTIC, BEGINNER, PROMISING, GROWING, GLOBAL;

    private static final BigDecimal BEGINNER_BELOW = new BigDecimal("100000");
    private static final BigDecimal PROMISING_BELOW = new BigDecimal("1000000");
    private static final BigDecimal GROWING_BELOW = new BigDecimal("5000000");

    /** The stage of exports of the previous year (USD); null counts as none. */
    public static ExportStage of(Money exportsPrevYear) {
        if (exportsPrevYear == null || exportsPrevYear.amount().signum() == 0) {
            return DOMESTIC;
        }
        BigDecimal usd = exportsPrevYear.amount();
        if (usd.compareTo(BEGINNER_BELOW) < 0) {
            return BEGINNER;
        }
        if (usd.compareTo(PROMISING_BELOW) < 0) {
            return PROMISING;
        }
        return usd.compareTo(GROWING_BELOW) < 0 ? GROWING : GLOBAL;
    }
}

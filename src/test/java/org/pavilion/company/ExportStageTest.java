package org.pavilion.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.pavilion.shared.money.Money;

/** The export stage of the contract, from the exports of the previous year in USD. */
class ExportStageTest {

    static ExportStage of(String usd) {
        return ExportStage.of(Money.of(new BigDecimal(usd), Money.currency("USD")));
    }

    @Test
    void theStagesAndTheirBoundaries() {
        assertThat(ExportStage.of(null)).isEqualTo(ExportStage.DOMESTIC);
        assertThat(of("0")).isEqualTo(ExportStage.DOMESTIC);
        assertThat(of("0.01")).isEqualTo(ExportStage.BEGINNER);
        assertThat(of("99999.99")).isEqualTo(ExportStage.BEGINNER);
        assertThat(of("100000")).isEqualTo(ExportStage.PROMISING);
        assertThat(of("999999.99")).isEqualTo(ExportStage.PROMISING);
        assertThat(of("1000000")).isEqualTo(ExportStage.GROWING);
        assertThat(of("4999999.99")).isEqualTo(ExportStage.GROWING);
        assertThat(of("5000000")).isEqualTo(ExportStage.GLOBAL);
    }
}

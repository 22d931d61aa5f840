package org.pavilion.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BrnTest {

    @Test
    void acceptsAValidNumberWithOrWithoutDashesAndWritesItWithDashes() {
        // Samsung Electronics' published BRN: 124-81-00998.
        assertThat(Brn.normalise("1248100998")).isEqualTo("124-81-00998");
        assertThat(Brn.normalise("124-81-00998")).isEqualTo("124-81-00998");
        assertThat(Brn.normalise(" 124-81-00998 ")).isEqualTo("124-81-00998");
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertThatThrownBy(() -> Brn.normalise("1248100997")).isInstanceOf(Brn.InvalidBrn.class)
                .hasMessageContaining("check digit");
    }

    @Test
    void refusesAnythingButTenDigits() {
        assertThatThrownBy(() -> Brn.normalise("124810099")).isInstanceOf(Brn.InvalidBrn.class);
        assertThatThrownBy(() -> Brn.normalise("12-481-00998")).isInstanceOf(Brn.InvalidBrn.class);
        assertThatThrownBy(() -> Brn.normalise("12481009９8")).isInstanceOf(Brn.InvalidBrn.class);
        assertThatThrownBy(() -> Brn.normalise(null)).isInstanceOf(Brn.InvalidBrn.class);
    }

    @Test
    void theCheckDigitUsesTheNinthDigitTimesFiveCarry() {
        // 9th digit 9: 9*5 = 45 adds a carry of 4 beyond the weighted sum.
        assertThat(Brn.hasValidCheckDigit("1248100998")).isTrue();
        assertThat(Brn.hasValidCheckDigit("2208162517")).isTrue();
    }
}

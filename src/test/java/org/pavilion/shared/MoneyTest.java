package org.pavilion.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.pavilion.shared.money.InvalidMoney;
import org.pavilion.shared.money.Money;

class MoneyTest {

    @Test
    void keepsTheCurrencysOwnScale() {
        assertThat(Money.of("12000000", "KRW").amountString()).isEqualTo("12000000");
        assertThat(Money.of("1250.5", "USD").amountString()).isEqualTo("1250.50");
        assertThat(Money.of("100", "JPY").amountString()).isEqualTo("100");
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHasInsteadOfRounding() {
        assertThatThrownBy(() -> Money.of("1000.5", "KRW")).isInstanceOf(InvalidMoney.class);
        assertThatThrownBy(() -> Money.of("10.123", "USD")).isInstanceOf(InvalidMoney.class);
        assertThatThrownBy(() -> Money.of("1.5", "JPY")).isInstanceOf(InvalidMoney.class);
    }

    @Test
    void acceptsTrailingZerosBeyondTheScaleBecauseTheyChangeNothing() {
        assertThat(Money.of("1000.00", "KRW").amountString()).isEqualTo("1000");
    }

    @Test
    void refusesLowercaseUnknownAndUnitlessCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "krw")).isInstanceOf(InvalidMoney.class);
        assertThatThrownBy(() -> Money.of("1", "ABC")).isInstanceOf(InvalidMoney.class);
        assertThatThrownBy(() -> Money.of("1", "XAU")).isInstanceOf(InvalidMoney.class);
    }

    @Test
    void refusesAmountsThatAreNotPlainDecimals() {
        assertThatThrownBy(() -> Money.of("1e6", "KRW")).isInstanceOf(InvalidMoney.class);
        assertThatThrownBy(() -> Money.of("12,000", "KRW")).isInstanceOf(InvalidMoney.class);
        assertThatThrownBy(() -> Money.of(" 1", "KRW")).isInstanceOf(InvalidMoney.class);
    }

    @Test
    void addsAndSubtractsOnlyTheSameCurrency() {
        assertThat(Money.krw(8_000_000).plus(Money.krw(4_000_000))).isEqualTo(Money.krw(12_000_000));
        assertThat(Money.krw(12_000_000).minus(Money.krw(12_000_001)).isNegative()).isTrue();
        assertThatThrownBy(() -> Money.krw(1).plus(Money.of("1", "USD"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void roundsComputedFiguresOnceHalfEven() {
        assertThat(Money.rounded(new BigDecimal("2.5"), Money.KRW)).isEqualTo(Money.krw(2));
        assertThat(Money.rounded(new BigDecimal("3.5"), Money.KRW)).isEqualTo(Money.krw(4));
        assertThat(Money.rounded(new BigDecimal("0.125"), Money.USD).amountString()).isEqualTo("0.12");
        assertThat(Money.rounded(new BigDecimal("0.135"), Money.USD).amountString()).isEqualTo("0.14");
    }
}

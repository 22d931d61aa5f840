package org.pavilion.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * An exact amount of one currency, always at the currency's own scale (KRW 0 decimals,
 * USD 2, ...). An amount with more decimals than its currency has is refused, never rounded.
 * Rounding, when a figure is produced from a computation, is HALF_EVEN and happens once,
 * through {@link #rounded(BigDecimal, Currency)}.
 */
@JsonSerialize(using = MoneyJson.Serializer.class)
@JsonDeserialize(using = MoneyJson.Deserializer.class)
@Schema(name = "Money", description = "An exact amount: `amount` is a decimal string at the currency's scale, `currency` an ISO 4217 code.",
        example = "{\"amount\": \"12000000\", \"currency\": \"KRW\"}", requiredProperties = { "amount", "currency" })
public record Money(
        @Schema(implementation = String.class, pattern = "^[0-9]+(\\.[0-9]+)?$", maxLength = 40, example = "12000000",
                description = "Decimal string; no more decimals than the currency has; at most 10^15") BigDecimal amount,
        @Schema(implementation = String.class, pattern = "^[A-Z]{3}$", maxLength = 3, example = "KRW",
                description = "ISO 4217 code") Currency currency) implements Comparable<Money> {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
    public static final Currency KRW = Currency.getInstance("KRW");
    public static final Currency USD = Currency.getInstance("USD");
    /** The largest amount a client may send: every money column holds it with room for sums of a few. */
    public static final BigDecimal MAX_INPUT = BigDecimal.TEN.pow(15);

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = digitsOf(currency);
        BigDecimal stripped = amount.stripTrailingZeros();
        if (Math.max(stripped.scale(), 0) > digits) {
            throw new InvalidMoney(currency.getCurrencyCode() + " amounts have at most " + digits + " decimals");
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /** Parses an ISO 4217 code; lowercase, unknown or unit-less codes (XAU, XXX) are refused. */
    public static Currency currency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new InvalidMoney("currency must be an ISO 4217 code in capitals, such as KRW or USD");
        }
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() < 0) {
                throw new InvalidMoney("currency " + code + " has no minor unit and cannot carry amounts");
            }
            return currency;
        } catch (IllegalArgumentException e) {
            throw new InvalidMoney("currency " + code + " is not an ISO 4217 code");
        }
    }

    public static Money of(String amount, String currencyCode) {
        Currency currency = currency(currencyCode);
        if (amount == null || !amount.matches("-?[0-9]+(\\.[0-9]+)?") || amount.length() > 40) {
            throw new InvalidMoney("amount must be a decimal string such as \"12000000\" or \"1250.50\"");
        }
        BigDecimal value = new BigDecimal(amount);
        if (value.abs().compareTo(MAX_INPUT) > 0) {
            throw new InvalidMoney("amount must be at most 1000000000000000 (10^15) units");
        }
        return new Money(value, currency);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money krw(long won) {
        return new Money(BigDecimal.valueOf(won), KRW);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** The single place where a computed figure is rounded: HALF_EVEN to the currency's scale. */
    public static Money rounded(BigDecimal fullPrecision, Currency currency) {
        return new Money(fullPrecision.setScale(digitsOf(currency), ROUNDING), currency);
    }

    public static int digitsOf(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    @Schema(hidden = true)
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Schema(hidden = true)
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isIn(Currency expected) {
        return currency.equals(expected);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalStateException("Cannot mix " + currency + " and " + other.currency);
        }
    }

    public String amountString() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}

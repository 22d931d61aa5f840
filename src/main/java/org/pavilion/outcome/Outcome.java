package org.pavilion.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.pavilion.shared.money.Money;

/** A consultation or a contract with a foreign buyer, in its original currency. */
@Entity
@Table(name = "outcomes")
class Outcome {

    @Id
    UUID id;
    UUID participationId;
    UUID programmeId;
    UUID companyId;
    @Enumerated(EnumType.STRING)
    OutcomeKind kind;
    String buyerName;
    @Column(columnDefinition = "bpchar(2)")
    String buyerCountry;
    BigDecimal valueAmount;
    @Column(columnDefinition = "bpchar(3)")
    String valueCurrency;
    LocalDate occurredOn;
    @Enumerated(EnumType.STRING)
    OutcomeStatus status;
    String note;
    String createdBy;
    Instant createdAt;
    Instant updatedAt;
    @Version
    long version;

    protected Outcome() {
    }

    Money value() {
        return Money.of(valueAmount, Money.currency(valueCurrency));
    }

    void value(Money money) {
        valueAmount = money.amount();
        valueCurrency = money.currency().getCurrencyCode();
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("participationId", participationId);
        s.put("kind", kind.name());
        s.put("buyerName", buyerName);
        s.put("buyerCountry", buyerCountry);
        s.put("value", value());
        s.put("occurredOn", occurredOn.toString());
        s.put("status", status.name());
        s.put("note", note);
        return s;
    }
}

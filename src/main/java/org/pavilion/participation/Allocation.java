package org.pavilion.participation;

import java.math.BigDecimal;
import java.time.Instant;
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

import org.pavilion.programme.SupportCategory;
import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.money.Money;

/**
 * Support money set aside for one participation, in one category. {@code amount} is the live
 * allocation: the original amount, or after cancellation only its disbursed part.
 * {@code disbursed} changes only by conditional SQL (never beyond {@code amount}).
 */
@Entity
@Table(name = "allocations")
class Allocation {

    enum Status {
        ACTIVE, CANCELLED
    }

    @Id
    UUID id;
    UUID participationId;
    UUID programmeId;
    UUID companyId;
    @Enumerated(EnumType.STRING)
    SupportCategory category;
    BigDecimal originalAmount;
    BigDecimal amount;
    @Column(insertable = false, updatable = false)
    BigDecimal disbursed;
    @Enumerated(EnumType.STRING)
    Status status;
    String note;
    String cancelReason;
    Instant createdAt;
    Instant updatedAt;
    @Version
    long version;

    protected Allocation() {
    }

    static Allocation of(UUID participationId, UUID programmeId, UUID companyId, SupportCategory category, Money amount, String note) {
        Allocation a = new Allocation();
        a.id = UUID.randomUUID();
        a.participationId = participationId;
        a.programmeId = programmeId;
        a.companyId = companyId;
        a.category = category;
        a.originalAmount = amount.amount();
        a.amount = amount.amount();
        a.disbursed = BigDecimal.ZERO;
        a.status = Status.ACTIVE;
        a.note = note;
        a.createdAt = Timestamps.now();
        a.updatedAt = a.createdAt;
        return a;
    }

    Money live() {
        return Money.of(amount, Money.KRW);
    }

    Money paid() {
        return Money.of(disbursed == null ? BigDecimal.ZERO : disbursed, Money.KRW);
    }

    Money undisbursed() {
        return live().minus(paid());
    }

    /** Cancels the undisbursed rest, which the caller gives back to the budget; answers that rest. */
    Money cancel(String reason) {
        Money rest = undisbursed();
        amount = paid().amount();
        status = Status.CANCELLED;
        cancelReason = reason;
        updatedAt = Timestamps.now();
        return rest;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("participationId", participationId);
        s.put("category", category.name());
        s.put("amount", live());
        s.put("disbursed", paid());
        s.put("status", status.name());
        s.put("note", note);
        s.put("cancelReason", cancelReason);
        return s;
    }
}

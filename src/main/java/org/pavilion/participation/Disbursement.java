package org.pavilion.participation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.money.Money;

/** Money actually paid against an allocation. Never changed once recorded. */
@Entity
@Table(name = "disbursements")
class Disbursement {

    @Id
    UUID id;
    UUID allocationId;
    UUID programmeId;
    BigDecimal amount;
    LocalDate paidOn;
    String reference;
    String createdBy;
    Instant createdAt;

    protected Disbursement() {
    }

    Disbursement(UUID allocationId, UUID programmeId, Money amount, LocalDate paidOn, String reference, String createdBy) {
        this.id = UUID.randomUUID();
        this.allocationId = allocationId;
        this.programmeId = programmeId;
        this.amount = amount.amount();
        this.paidOn = paidOn;
        this.reference = reference;
        this.createdBy = createdBy;
        this.createdAt = Timestamps.now();
    }

    Money amount() {
        return Money.of(amount, Money.KRW);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("allocationId", allocationId);
        s.put("amount", amount());
        s.put("paidOn", paidOn.toString());
        s.put("reference", reference);
        return s;
    }
}

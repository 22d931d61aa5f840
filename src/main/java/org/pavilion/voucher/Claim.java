package org.pavilion.voucher;

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

import org.pavilion.shared.domain.StateConflict;
import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.money.Money;

/** A claim of an invoice against a voucher, with the decisions its status machine allows. */
@Entity(name = "Claim")
@Table(name = "claims")
class Claim {
    @Id
    UUID id;
    UUID voucherId;
    UUID companyId;
    @Enumerated(EnumType.STRING)
    VoucherCategory category;
    String provider;
    String providerKey;
    String invoiceNumber;
    String invoiceKey;
    LocalDate invoiceDate;
    BigDecimal invoiceAmount;
    @Column(columnDefinition = "bpchar(3)")
    String invoiceCurrency;
    BigDecimal krwPerUnit;
    LocalDate rateDate;
    String rateSource;
    BigDecimal subsidy;
    @Enumerated(EnumType.STRING)
    ClaimStatus status;
    String description;
    String decisionReason;
    LocalDate paidOn;
    String paymentReference;
    String createdBy;
    Instant createdAt;
    Instant updatedAt;
    @Version
    long version;

    /** Approval keeps the subsidy reserved on the voucher until payment. */
    void approve(String reason) {
        moveTo(ClaimStatus.APPROVED, "decided");
        decisionReason = reason;
    }

    /** Rejection frees the invoice and the subsidy (the ledger releases the reservation). */
    void reject(String reason) {
        moveTo(ClaimStatus.REJECTED, "decided");
        decisionReason = reason;
    }

    /** Payment of an approved claim: the ledger moves its subsidy from reserved to paid. */
    void pay(LocalDate on, String reference) {
        moveTo(ClaimStatus.PAID, "paid");
        paidOn = on;
        paymentReference = reference;
    }

    Money subsidyAmount() {
        return Money.of(subsidy, Money.KRW);
    }

    private void moveTo(ClaimStatus target, String verb) {
        if (!status.canBecome(target)) {
            throw StateConflict.illegalTransition("A " + status + " claim cannot be " + verb + ".");
        }
        status = target;
        updatedAt = Timestamps.now();
    }

    Money invoice() {
        return Money.of(invoiceAmount, Money.currency(invoiceCurrency));
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("voucherId", voucherId);
        s.put("category", category.name());
        s.put("provider", provider);
        s.put("invoiceNumber", invoiceNumber);
        s.put("invoiceDate", invoiceDate.toString());
        s.put("invoiceAmount", invoice());
        s.put("subsidy", Money.of(subsidy, Money.KRW));
        s.put("status", status.name());
        s.put("decisionReason", decisionReason);
        s.put("paidOn", paidOn == null ? null : paidOn.toString());
        s.put("paymentReference", paymentReference);
        return s;
    }
}

package org.pavilion.voucher;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.pavilion.shared.money.Money;

/**
 * The voucher tables as read models. Every money column (granted totals, reserved, paid) changes only
 * through conditional SQL in {@link VoucherService} and {@link ClaimService}, so they map read-only.
 */
final class VoucherEntities {

    private VoucherEntities() {
    }

    @Entity(name = "VoucherProgramme")
    @Table(name = "voucher_programmes")
    static class VoucherProgramme {
        @Id
        UUID id;
        String name;
        String agency;
        int year;
        BigDecimal budget;
        @Column(insertable = false, updatable = false)
        BigDecimal granted;
        BigDecimal maxPerCompany;
        BigDecimal governmentShare;
        @JdbcTypeCode(SqlTypes.ARRAY)
        String[] eligibleCategories;
        LocalDate applicationOpensOn;
        LocalDate applicationClosesOn;
        LocalDate validUntil;
        Instant createdAt;
        Instant updatedAt;
        @Version
        long version;

        List<String> categories() {
            return Arrays.asList(eligibleCategories);
        }

        boolean acceptsApplicationsOn(LocalDate date) {
            return !date.isBefore(applicationOpensOn) && !date.isAfter(applicationClosesOn);
        }

        Map<String, Object> snapshot() {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", name);
            s.put("budget", Money.of(budget, Money.KRW));
            s.put("maxPerCompany", Money.of(maxPerCompany, Money.KRW));
            s.put("governmentShare", governmentShare.toPlainString());
            s.put("eligibleCategories", categories());
            s.put("applicationOpensOn", applicationOpensOn.toString());
            s.put("applicationClosesOn", applicationClosesOn.toString());
            s.put("validUntil", validUntil.toString());
            return s;
        }
    }

    enum ApplicationStatus {
        APPLIED, APPROVED, REJECTED, WITHDRAWN
    }

    @Entity(name = "VoucherApplication")
    @Table(name = "voucher_applications")
    static class VoucherApplication {
        @Id
        UUID id;
        UUID programmeId;
        UUID companyId;
        BigDecimal requested;
        String plan;
        @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
        ApplicationStatus status;
        String decisionReason;
        String createdBy;
        Instant createdAt;
        Instant updatedAt;
        @Version
        long version;

        Map<String, Object> snapshot() {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("programmeId", programmeId);
            s.put("companyId", companyId);
            s.put("requested", Money.of(requested, Money.KRW));
            s.put("status", status.name());
            s.put("decisionReason", decisionReason);
            return s;
        }
    }

    @Entity(name = "Voucher")
    @Table(name = "vouchers")
    static class Voucher {
        @Id
        UUID id;
        UUID applicationId;
        UUID programmeId;
        UUID companyId;
        BigDecimal granted;
        BigDecimal governmentShare;
        @Column(insertable = false, updatable = false)
        BigDecimal reserved;
        @Column(insertable = false, updatable = false)
        BigDecimal paid;
        LocalDate validUntil;
        Instant createdAt;
        Instant updatedAt;
        @Version
        long version;

        Money balance() {
            return Money.of(granted.subtract(reserved).subtract(paid), Money.KRW);
        }
    }

    enum ClaimStatus {
        SUBMITTED, APPROVED, REJECTED, PAID
    }

    @Entity(name = "Claim")
    @Table(name = "claims")
    static class Claim {
        @Id
        UUID id;
        UUID voucherId;
        UUID companyId;
        String category;
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
        @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
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

        Money invoice() {
            return Money.of(invoiceAmount, Money.currency(invoiceCurrency));
        }

        Map<String, Object> snapshot() {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("voucherId", voucherId);
            s.put("category", category);
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
}

package org.pavilion.voucher;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.pavilion.shared.domain.BrokenRule;
import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.money.Money;

/** A voucher granted to a company. Reserved and paid change only through {@link VoucherLedger}, so they map read-only. */
@Entity(name = "Voucher")
@Table(name = "vouchers")
class Voucher {
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

    static Voucher issuedFor(VoucherApplication application, Money granted, VoucherProgramme programme,
            BigDecimal governmentShare) {
        Voucher v = new Voucher();
        v.id = UUID.randomUUID();
        v.applicationId = application.id;
        v.programmeId = application.programmeId;
        v.companyId = application.companyId;
        v.granted = granted.amount();
        v.governmentShare = governmentShare;
        v.validUntil = programme.validUntil;
        v.createdAt = Timestamps.now();
        v.updatedAt = v.createdAt;
        return v;
    }

    /** The subsidy of an invoice worth {@code invoiceKrw} won at full precision: the government's share, rounded once. */
    Money subsidyFor(BigDecimal invoiceKrw) {
        return Money.rounded(invoiceKrw.multiply(governmentShare), Money.KRW);
    }

    /** Claims are funded only while the voucher is valid, for invoices dated within its validity. */
    void requireValidFor(LocalDate today, LocalDate invoiceDate) {
        if (today.isAfter(validUntil) || invoiceDate.isAfter(validUntil)) {
            throw new BrokenRule("voucher-expired", "Voucher expired",
                    "The voucher is valid until " + validUntil + "; claims and invoices after that date are not funded.");
        }
    }

    Money balance() {
        return Money.of(granted.subtract(reserved).subtract(paid), Money.KRW);
    }
}

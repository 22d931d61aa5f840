package org.pavilion.voucher;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.pavilion.shared.domain.BrokenRule;
import org.pavilion.shared.domain.StateConflict;
import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.money.Money;

/** A company's application to a voucher programme, with the decisions its status machine allows. */
@Entity(name = "VoucherApplication")
@Table(name = "voucher_applications")
class VoucherApplication {
    @Id
    UUID id;
    UUID programmeId;
    UUID companyId;
    BigDecimal requested;
    String plan;
    @Enumerated(EnumType.STRING)
    ApplicationStatus status;
    String decisionReason;
    String createdBy;
    Instant createdAt;
    Instant updatedAt;
    @Version
    long version;

    /**
     * Approves the application for {@code granted}, never above the programme's maximum per company, and
     * answers the voucher it issues (the ledger grants it from the programme's budget), its government share fixed
     * now from the company's annual revenue.
     */
    Voucher approve(Money granted, VoucherProgramme programme, Money annualRevenue, String reason) {
        requireCanBecome(ApplicationStatus.APPROVED, "decided");
        Money max = programme.maxPerCompanyAmount();
        if (granted.isGreaterThan(max)) {
            throw new BrokenRule("cap-exceeded", "Maximum per company exceeded",
                    "A voucher of " + granted + " is above the programme's maximum per company of " + max + ".");
        }
        moveTo(ApplicationStatus.APPROVED, reason);
        return Voucher.issuedFor(this, granted, programme, programme.shareFor(annualRevenue));
    }

    void reject(String reason) {
        requireCanBecome(ApplicationStatus.REJECTED, "decided");
        moveTo(ApplicationStatus.REJECTED, reason);
    }

    void withdraw(String reason) {
        requireCanBecome(ApplicationStatus.WITHDRAWN, "withdrawn");
        moveTo(ApplicationStatus.WITHDRAWN, reason);
    }

    private void requireCanBecome(ApplicationStatus target, String verb) {
        if (!status.canBecome(target)) {
            throw StateConflict.illegalTransition("Only an APPLIED application can be " + verb + "; this one is " + status + ".");
        }
    }

    private void moveTo(ApplicationStatus target, String reason) {
        status = target;
        decisionReason = reason;
        updatedAt = Timestamps.now();
    }

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

package org.pavilion.voucher;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.pavilion.company.ExportStage;
import org.pavilion.shared.domain.BrokenRule;
import org.pavilion.shared.money.Money;

/** A voucher programme: budget, maximum per company, the government's share and the eligible categories. Its granted total changes only through {@link VoucherLedger}. */
@Entity(name = "VoucherProgramme")
@Table(name = "voucher_programmes")
class VoucherProgramme {
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
    /** The export stages admitted; null admits every stage. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] eligibleExportStages;
    /** Shares by annual revenue, ascending; empty: the programme's governmentShare for every company. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "voucher_share_tiers", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    List<ShareTier> shareTiers = new ArrayList<>();
    LocalDate applicationOpensOn;
    LocalDate applicationClosesOn;
    LocalDate validUntil;
    Instant createdAt;
    Instant updatedAt;
    @Version
    long version;

    List<VoucherCategory> categories() {
        return Arrays.stream(eligibleCategories).map(VoucherCategory::valueOf).toList();
    }

    Money maxPerCompanyAmount() {
        return Money.of(maxPerCompany, Money.KRW);
    }

    void requireEligible(VoucherCategory category) {
        if (!categories().contains(category)) {
            throw new BrokenRule("category-not-eligible", "Category not eligible",
                    "This voucher pays for " + String.join(", ", Arrays.asList(eligibleCategories)) + "; not " + category + ".");
        }
    }

    List<ExportStage> eligibleStages() {
        return eligibleExportStages == null ? null : Arrays.stream(eligibleExportStages).map(ExportStage::valueOf).toList();
    }

    /** Whether a company at this export stage may apply (a programme without stages admits every one). */
    boolean admits(ExportStage stage) {
        return eligibleExportStages == null || Arrays.asList(eligibleExportStages).contains(stage.name());
    }

    /**
     * The government's share for a company of this annual revenue: the first tier whose revenueBelow is above it
     * (a revenue of 0 is known); no revenue given, the last tier; without tiers, the programme's share.
     */
    BigDecimal shareFor(Money annualRevenue) {
        if (shareTiers.isEmpty()) {
            return governmentShare;
        }
        if (annualRevenue == null) {
            return shareTiers.get(shareTiers.size() - 1).governmentShare;
        }
        return shareTiers.stream().filter(t -> t.holds(annualRevenue.amount())).findFirst()
                .orElse(shareTiers.get(shareTiers.size() - 1)).governmentShare;
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
        s.put("eligibleCategories", Arrays.asList(eligibleCategories));
        s.put("applicationOpensOn", applicationOpensOn.toString());
        s.put("applicationClosesOn", applicationClosesOn.toString());
        s.put("validUntil", validUntil.toString());
        s.put("eligibleExportStages", eligibleExportStages == null ? null : Arrays.asList(eligibleExportStages));
        s.put("shareTiers", shareTiers.stream().map(t -> Arrays.asList(t.revenueBelow == null ? null : t.revenueBelow.toPlainString(),
                t.governmentShare.toPlainString())).toList());
        return s;
    }
}

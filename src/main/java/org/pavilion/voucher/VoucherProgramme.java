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
        return s;
    }
}

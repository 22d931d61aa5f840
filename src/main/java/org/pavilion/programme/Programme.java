package org.pavilion.programme;

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
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.pavilion.company.ExportStage;
import org.pavilion.shared.money.Money;

/**
 * A support programme. Its money counters ({@code budget}, {@code allocated}, {@code disbursed})
 * change only through conditional SQL updates in {@link ProgrammeLedger}, guarded by CHECK
 * constraints, never through this entity: it maps them read-only.
 */
@Entity
@Table(name = "programmes")
class Programme {

    @Id
    UUID id;
    String name;
    @Enumerated(EnumType.STRING)
    ProgrammeKind kind;
    UUID fairId;
    /** The cooperation agreement the programme carries out, if any. */
    UUID agreementId;
    String agency;
    @Column(updatable = false)
    BigDecimal budget;
    @Column(insertable = false, updatable = false)
    BigDecimal allocated;
    @Column(insertable = false, updatable = false)
    BigDecimal disbursed;
    Integer targetCompanies;
    LocalDate applicationOpensOn;
    LocalDate applicationClosesOn;
    /** Without a fair, the date the programme's activity ends: its reference date for follow-up. */
    LocalDate activityEndsOn;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] supportCategories;
    /** The export stages the programme admits; null admits every stage. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] eligibleExportStages;
    Instant createdAt;
    Instant updatedAt;
    @Version
    long version;

    protected Programme() {
    }

    Money budget() {
        return Money.of(budget, Money.KRW);
    }

    Money allocated() {
        return Money.of(allocated == null ? BigDecimal.ZERO : allocated, Money.KRW);
    }

    Money disbursed() {
        return Money.of(disbursed == null ? BigDecimal.ZERO : disbursed, Money.KRW);
    }

    List<SupportCategory> categories() {
        return Arrays.stream(supportCategories).map(SupportCategory::valueOf).toList();
    }

    /** The export stages admitted, or null when every stage is. */
    List<ExportStage> eligibleStages() {
        return eligibleExportStages == null ? null : Arrays.stream(eligibleExportStages).map(ExportStage::valueOf).toList();
    }

    boolean offers(SupportCategory category) {
        return categories().contains(category);
    }

    Map<String, Object> snapshot(Money cap) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("kind", kind.name());
        s.put("fairId", fairId);
        s.put("agency", agency);
        s.put("budget", budget());
        s.put("perCompanyCap", cap);
        s.put("targetCompanies", targetCompanies);
        s.put("applicationOpensOn", applicationOpensOn == null ? null : applicationOpensOn.toString());
        s.put("applicationClosesOn", applicationClosesOn == null ? null : applicationClosesOn.toString());
        s.put("supportCategories", Arrays.asList(supportCategories));
        s.put("activityEndsOn", activityEndsOn == null ? null : activityEndsOn.toString());
        s.put("eligibleExportStages", eligibleExportStages == null ? null : Arrays.asList(eligibleExportStages));
        s.put("agreementId", agreementId == null ? null : agreementId.toString());
        return s;
    }
}

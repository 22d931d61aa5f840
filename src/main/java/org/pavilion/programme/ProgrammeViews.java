package org.pavilion.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.company.ExportStage;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.security.Actor;

/** The views the programme endpoints answer with. */
public final class ProgrammeViews {

    private ProgrammeViews() {
    }

    @Schema(name = "Programme")
    public record ProgrammeView(UUID id, String name, ProgrammeKind kind, UUID fairId, String agency, Money budget,
            @Schema(description = "The cap in force today") Money perCompanyCap, Integer targetCompanies,
            LocalDate applicationOpensOn, LocalDate applicationClosesOn, List<SupportCategory> supportCategories,
            @Schema(description = "The export stages admitted; null admits every stage") List<ExportStage> eligibleExportStages,
            LocalDate activityEndsOn, @Schema(description = "The cooperation agreement the programme carries out, if any") UUID agreementId,
            BudgetSummary budgetSummary, Instant createdAt) {

        @Schema(name = "BudgetSummary", description = "allocated: live allocations (disbursed parts included, cancelled rests "
                + "excluded); remaining = budget - allocated; perCompanyCap: the cap in force today")
        public record BudgetSummary(Money budget, Money allocated, Money disbursed, Money remaining, Money perCompanyCap) {
        }

        static ProgrammeView of(Programme p, Money capToday) {
            BudgetSummary summary = new BudgetSummary(p.budget(), p.allocated(), p.disbursed(), p.budget().minus(p.allocated()),
                    capToday);
            return new ProgrammeView(p.id, p.name, p.kind, p.fairId, p.agency, p.budget(), capToday, p.targetCompanies,
                    p.applicationOpensOn, p.applicationClosesOn, p.categories(), p.eligibleStages(), p.activityEndsOn, p.agreementId, summary,
                    p.createdAt);
        }
    }

    @Schema(name = "PerCompanyCapEntry")
    public record CapHistoryEntry(Money cap, LocalDate effectiveFrom, String reason, Actor setBy, Instant setAt) {

        static CapHistoryEntry of(ProgrammeCap c) {
            return new CapHistoryEntry(c.cap(), c.effectiveFrom, c.reason, new Actor(c.setBySubject, c.setByName), c.setAt);
        }
    }
}

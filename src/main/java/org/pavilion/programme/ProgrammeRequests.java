package org.pavilion.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.company.ExportStage;
import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.money.InCurrency;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.money.PositiveMoney;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The request bodies of the programme endpoints, each a record with its bounds. */
public final class ProgrammeRequests {

    private ProgrammeRequests() {
    }

    @Schema(name = "NewProgramme")
    public record ProgrammeDetails(
            @NotBlank @Size(max = 200) @Schema(example = "Gyeonggi Pavilion at MWC Barcelona 2025") String name,
            @NotNull ProgrammeKind kind,
            @Schema(description = "Required for EXHIBITION and DOMESTIC_FAIR") UUID fairId,
            @NotBlank @Size(max = 200) @Schema(example = "Gyeonggi Province") String agency,
            @NotNull @InCurrency("KRW") @PositiveMoney Money budget,
            @NotNull @InCurrency("KRW") @PositiveMoney Money perCompanyCap,
            @Positive @Max(100_000) @Schema(example = "26") Integer targetCompanies,
            @Schema(example = "2024-11-01") LocalDate applicationOpensOn,
            @Schema(example = "2024-12-15") LocalDate applicationClosesOn,
            @NotEmpty @Size(max = 20) List<@NotNull SupportCategory> supportCategories,
            @Size(max = 5) @Schema(description = "Optional: the export stages admitted (422 company-not-eligible for "
                    + "others); absent or empty admits every stage") List<@NotNull ExportStage> eligibleExportStages,
            @Schema(example = "2025-06-20", description = "Without a fair: the date the activity ends, the reference date "
                    + "of follow-up (with a fair, the fair's endsOn is)") LocalDate activityEndsOn,
            @Schema(description = "Optional: the cooperation agreement the programme carries out (400 when none has this id)")
            UUID agreementId) {

        @JsonIgnore
        @AssertTrue(message = "applicationClosesOn must not be before applicationOpensOn")
        @Schema(hidden = true)
        public boolean isApplicationWindowValid() {
            return applicationOpensOn == null || applicationClosesOn == null || !applicationClosesOn.isBefore(applicationOpensOn);
        }

        @JsonIgnore
        @AssertTrue(message = "fairId is required for EXHIBITION and DOMESTIC_FAIR programmes")
        @Schema(hidden = true)
        public boolean isFairGivenWhenNeeded() {
            return kind == null || !kind.needsFair() || fairId != null;
        }

        /** The new programme this request describes (its first cap is recorded beside it). */
        Programme newProgramme() {
            Programme p = new Programme();
            p.id = UUID.randomUUID();
            p.name = name.trim();
            p.kind = kind;
            p.fairId = fairId;
            p.agency = agency.trim();
            p.budget = budget.amount();
            p.targetCompanies = targetCompanies;
            p.applicationOpensOn = applicationOpensOn;
            p.applicationClosesOn = applicationClosesOn;
            p.activityEndsOn = activityEndsOn;
            p.agreementId = agreementId;
            p.supportCategories = supportCategories.stream().distinct().map(Enum::name).toArray(String[]::new);
            p.eligibleExportStages = eligibleExportStages == null || eligibleExportStages.isEmpty() ? null
                    : eligibleExportStages.stream().distinct().sorted().map(Enum::name).toArray(String[]::new);
            p.createdAt = Timestamps.now();
            p.updatedAt = p.createdAt;
            return p;
            }
    }

    @Schema(name = "PerCompanyCapChange")
    public record CapChange(
            @NotNull @InCurrency("KRW") @PositiveMoney Money cap,
            @NotNull @Schema(example = "2025-02-01", description = "Allocations made from this date on are checked against the new cap") LocalDate effectiveFrom,
            @NotBlank @Size(max = 1000) @Schema(example = "Exchange-rate and price pressure") String reason) {
    }

    @Schema(name = "ProgrammeAgreementLink", description = "The agreement the programme carries out; null unlinks it")
    public record AgreementLink(@Schema(nullable = true) UUID agreementId) {
    }

    @Schema(name = "BudgetChange")
    public record BudgetChange(
            @NotNull @InCurrency("KRW") @PositiveMoney Money budget,
            @NotBlank @Size(max = 1000) @Schema(example = "Supplementary budget approved by the provincial council") String reason) {
    }
}

package org.pavilion.voucher;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.company.ExportStage;
import org.pavilion.shared.money.Money;

import com.fasterxml.jackson.annotation.JsonIgnore;

final class VoucherViews {

    private VoucherViews() {
    }

    static String share(BigDecimal share) {
        BigDecimal stripped = share.stripTrailingZeros();
        return stripped.setScale(Math.max(2, stripped.scale()), RoundingMode.UNNECESSARY).toPlainString();
    }

    @Schema(name = "VoucherProgramme")
    record ProgrammeView(UUID id, String name, String agency, int year, Money budget,
            @Schema(description = "Granted so far in vouchers") Money granted, Money remaining, Money maxPerCompany,
            @Schema(example = "0.70") String governmentShare, List<String> eligibleCategories, LocalDate applicationOpensOn,
            LocalDate applicationClosesOn, LocalDate validUntil,
            @Schema(description = "The export stages admitted; null admits every stage") List<ExportStage> eligibleExportStages,
            @Schema(description = "The share by annual revenue, ascending (empty: governmentShare for every company)") List<ShareTierView> shareTiers,
            @JsonIgnore @Schema(hidden = true) long version) {

        static ProgrammeView of(VoucherProgramme p) {
            Money budget = Money.of(p.budget, Money.KRW);
            Money granted = Money.of(p.granted == null ? BigDecimal.ZERO : p.granted, Money.KRW);
            return new ProgrammeView(p.id, p.name, p.agency, p.year, budget, granted, budget.minus(granted),
                    Money.of(p.maxPerCompany, Money.KRW), share(p.governmentShare), p.categories().stream().map(Enum::name).toList(), p.applicationOpensOn,
                    p.applicationClosesOn, p.validUntil, p.eligibleStages(),
                    p.shareTiers.stream().map(t -> new ShareTierView(t.revenueBelow == null ? null : Money.of(t.revenueBelow, Money.KRW),
                            share(t.governmentShare))).toList(),
                    p.version);
        }
    }

    @Schema(name = "VoucherShareTier")
    record ShareTierView(Money revenueBelow, @Schema(example = "0.80") String governmentShare) {
    }

    @Schema(name = "VoucherApplication")
    record ApplicationView(UUID id, UUID programmeId, UUID companyId, Money requested, String plan, ApplicationStatus status,
            String decisionReason, @Schema(description = "The voucher issued on approval") UUID voucherId, Instant createdAt,
            Instant updatedAt, @JsonIgnore @Schema(hidden = true) long version) {

        static ApplicationView of(VoucherApplication a, UUID voucherId) {
            return new ApplicationView(a.id, a.programmeId, a.companyId, Money.of(a.requested, Money.KRW), a.plan, a.status,
                    a.decisionReason, voucherId, a.createdAt, a.updatedAt, a.version);
        }
    }

    @Schema(name = "Voucher", description = "balance = granted - reserved - paid, never below zero")
    record VoucherView(UUID id, UUID companyId, UUID programmeId, UUID applicationId, Money granted,
            @Schema(example = "0.70") String governmentShare,
            @Schema(description = "Subsidy of SUBMITTED and APPROVED claims") Money reserved,
            @Schema(description = "Subsidy of PAID claims") Money paid, Money balance, LocalDate validUntil,
            @JsonIgnore @Schema(hidden = true) long version) {

        static VoucherView of(Voucher v) {
            return new VoucherView(v.id, v.companyId, v.programmeId, v.applicationId, Money.of(v.granted, Money.KRW),
                    share(v.governmentShare), Money.of(v.reserved, Money.KRW), Money.of(v.paid, Money.KRW), v.balance(),
                    v.validUntil, v.version);
        }
    }

    @Schema(name = "ClaimRate", description = "The rate that converted the invoice (absent for KRW invoices)")
    record RateView(String currency, LocalDate date, String krwPerUnit, String source) {
    }

    @Schema(name = "Claim")
    record ClaimView(UUID id, UUID voucherId, UUID companyId, VoucherCategory category, String provider, String invoiceNumber,
            LocalDate invoiceDate, Money invoiceAmount,
            @Schema(description = "Invoice in KRW at the invoice date's rate x governmentShare, rounded once to whole won") Money subsidy,
            RateView rate, ClaimStatus status, String description, String decisionReason, LocalDate paidOn,
            String paymentReference, Instant createdAt, Instant updatedAt, @JsonIgnore @Schema(hidden = true) long version) {

        static ClaimView of(Claim c) {
            RateView rate = c.krwPerUnit == null ? null
                    : new RateView(c.invoiceCurrency, c.rateDate, c.krwPerUnit.stripTrailingZeros().toPlainString(), c.rateSource);
            return new ClaimView(c.id, c.voucherId, c.companyId, c.category, c.provider,
                    c.invoiceNumber, c.invoiceDate, c.invoice(), Money.of(c.subsidy, Money.KRW), rate, c.status,
                    c.description, c.decisionReason, c.paidOn, c.paymentReference, c.createdAt, c.updatedAt, c.version);
        }
    }
}

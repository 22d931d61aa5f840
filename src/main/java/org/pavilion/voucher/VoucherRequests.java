package org.pavilion.voucher;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.company.ExportStage;
import org.pavilion.shared.money.InCurrency;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.money.PositiveMoney;

import com.fasterxml.jackson.annotation.JsonIgnore;

final class VoucherRequests {

    private VoucherRequests() {
    }

    @Schema(name = "NewVoucherProgramme")
    record NewProgramme(
            @NotBlank @Size(max = 200) @Schema(example = "Gyeonggi Ceramics Export Voucher 2025") String name,
            @NotBlank @Size(max = 200) @Schema(example = "Korea Ceramic Foundation (KOCEF)") String agency,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotNull @InCurrency("KRW") @PositiveMoney Money budget,
            @NotNull @InCurrency("KRW") @PositiveMoney Money maxPerCompany,
            @NotNull @Pattern(regexp = "^(0(\\.[0-9]{1,4})?|1(\\.0{1,4})?)$", message = "must be a decimal string between 0 and 1 with at most 4 decimals, such as \"0.70\"")
            @Size(max = 6) @Schema(example = "0.70", description = "The government's share of each invoice, as a decimal string") String governmentShare,
            @NotEmpty @Size(max = 10) List<@NotNull VoucherCategory> eligibleCategories,
            @NotNull LocalDate applicationOpensOn,
            @NotNull LocalDate applicationClosesOn,
            @NotNull LocalDate validUntil,
            @Size(max = 5) @Schema(description = "Optional: the export stages admitted (422 company-not-eligible for "
                    + "others); absent or empty admits every stage") List<@NotNull ExportStage> eligibleExportStages,
            @Size(max = 10) @Schema(description = "Optional (absent or empty: governmentShare for all): the government's share by annual revenue, ascending, the "
                    + "last with revenueBelow null; a voucher's share is fixed at approval from the company's annualRevenue "
                    + "(first tier with revenue < revenueBelow; no revenue given: the last tier)")
            List<@NotNull @Valid ShareTierRequest> shareTiers) {

        @JsonIgnore
        @AssertTrue(message = "shareTiers must ascend by revenueBelow, and only the last has revenueBelow null")
        @Schema(hidden = true)
        public boolean isEveryTierInOrder() {
            if (shareTiers == null || shareTiers.stream().anyMatch(Objects::isNull)) {
                return true;
            }
            for (int i = 0; i < shareTiers.size(); i++) {
                Money below = shareTiers.get(i).revenueBelow();
                boolean last = i == shareTiers.size() - 1;
                if (last != (below == null)) {
                    return false;
                }
                if (i > 0 && !last && !below.isGreaterThan(shareTiers.get(i - 1).revenueBelow())) {
                    return false;
                }
            }
            return true;
        }

        List<ShareTier> newShareTiers() {
            return shareTiers == null ? List.of() : shareTiers.stream().map(t -> new ShareTier(
                    t.revenueBelow() == null ? null : t.revenueBelow().amount(), new BigDecimal(t.governmentShare()))).toList();
        }

        @JsonIgnore
        @AssertTrue(message = "governmentShare must be greater than 0")
        @Schema(hidden = true)
        public boolean isShareAboveZero() {
            return governmentShare == null || !governmentShare.matches("^0(\\.0{1,4})?$");
        }

        @JsonIgnore
        @AssertTrue(message = "applicationClosesOn must not be before applicationOpensOn, nor validUntil before applicationOpensOn")
        @Schema(hidden = true)
        public boolean isCalendarValid() {
            return applicationOpensOn == null || applicationClosesOn == null || validUntil == null
                    || (!applicationClosesOn.isBefore(applicationOpensOn) && !validUntil.isBefore(applicationOpensOn));
        }
    }

    @Schema(name = "ShareTier")
    record ShareTierRequest(
            @InCurrency("KRW") @PositiveMoney @Schema(description = "Revenues below this (KRW) fall in the tier; null for the last") Money revenueBelow,
            @NotNull @Pattern(regexp = "^(0(\\.[0-9]{1,4})?|1(\\.0{1,4})?)$", message = "must be a decimal string above 0 and at most 1 with at most 4 decimals, such as \"0.70\"")
            @Size(max = 6) @Schema(example = "0.80") String governmentShare) {

        @JsonIgnore
        @AssertTrue(message = "governmentShare must be greater than 0")
        @Schema(hidden = true)
        public boolean isShareAboveZero() {
            return governmentShare == null || !governmentShare.matches("^0(\\.0{1,4})?$");
        }
    }

    @Schema(name = "NewVoucherApplication")
    record NewApplication(@NotNull UUID companyId,
            @NotNull @InCurrency("KRW") @PositiveMoney Money requested,
            @Size(max = 4000) @Schema(example = "Interpretation at buyer meetings in Paris; sample shipping to Amsterdam") String plan) {
    }

    @Schema(name = "Reason")
    record Reason(@Size(max = 1000) String reason) {
    }

    @Schema(name = "VoucherDecision")
    record Decision(@NotNull Boolean approve,
            @InCurrency("KRW") @PositiveMoney @Schema(description = "Required when approving") Money granted,
            @Size(max = 1000) String reason) {

        @JsonIgnore
        @AssertTrue(message = "granted is required when approving")
        @Schema(hidden = true)
        public boolean isGrantedGivenWhenApproving() {
            return approve == null || !approve || granted != null;
        }
    }

    @Schema(name = "NewClaim")
    record NewClaim(@NotNull VoucherCategory category,
            @NotBlank @Size(max = 200) @Schema(example = "Paris Interpreters SARL") String provider,
            @NotBlank @Size(max = 100) @Schema(example = "F-2025-0912") String invoiceNumber,
            @NotNull LocalDate invoiceDate,
            @NotNull @PositiveMoney @Schema(description = "Any ISO 4217 currency") Money invoiceAmount,
            @Size(max = 2000) String description) {
    }

    @Schema(name = "ClaimDecision")
    record ClaimDecision(@NotNull Boolean approve, @Size(max = 1000) String reason) {
    }

    @Schema(name = "ClaimPayment")
    record Payment(@NotNull LocalDate paidOn, @NotBlank @Size(max = 200) String reference) {
    }
}

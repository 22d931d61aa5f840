package org.pavilion.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.shared.money.Money;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The report payloads. Every Money here was rounded once, HALF_EVEN, from a full-precision SQL sum. */
final class ReportViews {

    private ReportViews() {
    }

    @Schema(name = "ConvertedValue", description = "KRW rounded to 0 decimals and USD to 2, once, after summing at full precision")
    record Value(@JsonProperty("KRW") Money krw, @JsonProperty("USD") Money usd) {
    }

    @Schema(name = "OutcomeTally")
    record Tally(long count, Value value) {
    }

    @Schema(name = "ContractTally", description = "count and value cover PURSUING and SIGNED contracts")
    record ContractTally(long count, Value value, Map<String, Tally> byStatus) {
    }

    @Schema(name = "RateUsed")
    record RateUsed(String currency, LocalDate date,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, example = "1453.2") BigDecimal krwPerUnit,
            String source) {
    }

    @Schema(name = "UnconvertedAmount", description = "An amount with no usable rate: left out of every value sum, still counted")
    record Unconverted(String currency, @Schema(type = SchemaType.STRING) String amount, LocalDate occurredOn) {
    }

    @Schema(name = "ReportCompanies")
    record Companies(@Schema(description = "Participations SELECTED, CONFIRMED or ATTENDED") long participating,
            @Schema(description = "Participations ATTENDED") long attended) {
    }

    @Schema(name = "ProgrammeReport")
    record ProgrammeReport(UUID programmeId, String name, Money budget, Money allocated, Money disbursed, Money remaining,
            Companies companies, Tally consultations, ContractTally contracts,
            @Schema(description = "Contracts' KRW value per won allocated, 2 decimals; null when nothing is allocated",
                    example = "260.91") String contractValuePerSupportKrw,
            @Schema(description = "Present when a single rate date was asked for") LocalDate rateDate,
            List<RateUsed> ratesUsed, List<Unconverted> unconverted,
            @Schema(description = "The time the figures' data is as of: the read replica's last replayed transaction when "
                    + "reports read a replica, else the time the report was read") Instant dataAsOf) {
    }

    @Schema(name = "OutcomeReportRow")
    record Row(String key, String label, Tally consultations, ContractTally contracts) {
    }

    @Schema(name = "OutcomeReport")
    record OutcomeReport(String groupBy, LocalDate from, LocalDate to, LocalDate rateDate, List<Row> rows, Row totals,
            List<RateUsed> ratesUsed, List<Unconverted> unconverted,
            @Schema(description = "The time the figures' data is as of: the read replica's last replayed transaction when "
                    + "reports read a replica, else the time the report was read") Instant dataAsOf) {
    }

    @Schema(name = "EffectivenessContracts")
    record EffectivenessContracts(@Schema(description = "Contracts PURSUING") long pursued,
            @Schema(description = "Contracts SIGNED") long signed,
            @Schema(description = "SIGNED contracts with signedOn <= reference date + M months, for M = 3, 6, 12",
                    example = "{\"3\": 40, \"6\": 71, \"12\": 96}") Map<String, Long> signedWithin,
            @Schema(description = "SIGNED contracts whose evidence an officer VERIFIED") long verified) {
    }

    @Schema(name = "EffectivenessRow")
    record EffectivenessRow(String key, String label,
            @Schema(description = "Distinct programmes (for a buyer country: with outcomes for it)") long programmes,
            @Schema(description = "Distinct companies ATTENDED (for a buyer country: with outcomes for it)") long companies,
            @Schema(description = "Live allocations in KRW; null when grouped by buyerCountry") Money support,
            @Schema(description = "Consultations recorded") long consultations, EffectivenessContracts contracts,
            @Schema(description = "signedWithin[M] / consultations, 4 decimals (null without consultations)",
                    example = "{\"3\": \"0.0717\", \"6\": \"0.1272\", \"12\": \"0.1720\"}") Map<String, String> conversion,
            Value signedValue, Value verifiedValue,
            @Schema(description = "support / signed, KRW 0 decimals; null without signed contracts") Money supportPerSignedContract,
            @Schema(description = "support / the signed USD value at full precision, 2 decimals; null without any",
                    example = "8.81") String supportKrwPerSignedUsd) {
    }

    @Schema(name = "EffectivenessReport")
    record EffectivenessReport(String groupBy, LocalDate from, LocalDate to, LocalDate rateDate, List<EffectivenessRow> rows,
            EffectivenessRow totals, List<RateUsed> ratesUsed, List<Unconverted> unconverted,
            @Schema(description = "The time the figures' data is as of: the read replica's last replayed transaction when "
                    + "reports read a replica, else the time the report was read") Instant dataAsOf) {
    }

    @Schema(name = "AgreementCommitments", description = "Commitments by current status; overdue: PLANNED or IN_PROGRESS with "
            + "dueOn before asOf")
    record CommitmentCounts(long planned, long inProgress, long done, long dropped, long overdue) {
    }

    @Schema(name = "AgreementReportRow")
    record AgreementRow(UUID agreementId, String title, List<String> partners,
            @Schema(description = "As of asOf: TERMINATED from terminatedOn, else EXPIRED after endsOn, else ACTIVE") String status,
            CommitmentCounts commitments,
            @Schema(description = "done / (all - dropped), 4 decimals (HALF_EVEN); null when that is 0", example = "0.5000")
            String implementationRate,
            @Schema(description = "The last meeting held on or before asOf") LocalDate lastMeetingOn,
            @Schema(description = "Meetings held after asOf minus 12 months and on or before asOf") long meetingsLast12Months,
            @Schema(description = "Linked programmes") long programmes,
            @Schema(description = "Distinct companies SELECTED, CONFIRMED or ATTENDED in the linked programmes") long companies,
            Tally consultations, ContractTally contracts) {
    }

    @Schema(name = "AgreementsReport")
    record AgreementsReport(LocalDate asOf, List<AgreementRow> rows, List<RateUsed> ratesUsed, List<Unconverted> unconverted,
            @Schema(description = "The time the figures' data is as of: the read replica's last replayed transaction when "
                    + "reports read a replica, else the time the report was read") Instant dataAsOf) {
    }
}

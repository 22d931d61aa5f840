package org.pavilion.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pavilion.agreement.AgreementStatus;
import org.pavilion.report.OutcomeFiguresQuery.Figures;
import org.pavilion.report.OutcomeFiguresQuery.GroupFigures;
import org.pavilion.report.ReportQuery.AsOf;
import org.pavilion.report.ReportViews.AgreementRow;
import org.pavilion.report.ReportViews.AgreementsReport;
import org.pavilion.report.ReportViews.CommitmentCounts;
import org.pavilion.report.ReportViews.Companies;
import org.pavilion.report.ReportViews.ContractTally;
import org.pavilion.report.ReportViews.EffectivenessContracts;
import org.pavilion.report.ReportViews.EffectivenessReport;
import org.pavilion.report.ReportViews.EffectivenessRow;
import org.pavilion.report.ReportViews.OutcomeReport;
import org.pavilion.report.ReportViews.ProgrammeReport;
import org.pavilion.report.ReportViews.RateUsed;
import org.pavilion.report.ReportViews.Row;
import org.pavilion.report.ReportViews.Tally;
import org.pavilion.report.ReportViews.Unconverted;
import org.pavilion.report.ReportViews.Value;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.problem.ApiProblem;

/** Finance's reports: every figure is summed by PostgreSQL and rounded here once. */
@ApplicationScoped
public class ReportService {

    static final List<String> CONTRACT_STATUSES = List.of("PURSUING", "SIGNED", "CANCELLED");
    private static final List<String> COUNTED_CONTRACTS = List.of("PURSUING", "SIGNED");

    /**
     * A grouping: its key and label expressions and the tables they need beside {@code outcomes o}, and its key over
     * the maintained totals ({@code outcome_report_totals}, V13) when they hold it.
     */
    enum GroupBy {
        programme("cast(o.programme_id as text)", "pr.name", "join programmes pr on pr.id = o.programme_id", null),
        fair("cast(pr.fair_id as text)", "coalesce(fa.name, 'No fair')",
                "join programmes pr on pr.id = o.programme_id left join fairs fa on fa.id = pr.fair_id", null),
        sector("co.sector", "co.sector", "join companies co on co.id = o.company_id", "o.sector"),
        buyerCountry("o.buyer_country", "o.buyer_country", "", "o.buyer_country"),
        company("cast(o.company_id as text)", "co.name_ko", "join companies co on co.id = o.company_id", null),
        month("to_char(o.occurred_on, 'YYYY-MM')", "to_char(o.occurred_on, 'YYYY-MM')", "", "to_char(o.occurred_on, 'YYYY-MM')");

        final String key;
        final String label;
        /** Only the joins the grouping reads: each unneeded join costs a hash of its table per report. */
        final String joins;
        /** The key (and label) over the maintained totals, or null when they do not hold it. */
        final String totalsKey;

        GroupBy(String key, String label, String joins, String totalsKey) {
            this.key = key;
            this.label = label;
            this.joins = joins;
            this.totalsKey = totalsKey;
        }
    }

    @Inject
    OutcomeFiguresQuery figures;

    @Inject
    ProgrammeFiguresQuery programmeFigures;

    @Inject
    EffectivenessQuery effectiveness;

    @Inject
    ReportQuery database;

    @Inject
    AgreementFiguresQuery agreementFigures;

    /** A programme's figures and its outcomes' figures, read in one snapshot. */
    private record ProgrammeRead(Object[] programme, Figures outcomes) {
    }

    ProgrammeReport programme(UUID programmeId, LocalDate rateDate) {
        AsOf<ProgrammeRead> read = database.read(session -> {
            Object[] p = programmeFigures.of(session, programmeId).orElseThrow(() -> new ApiProblem.NotFound("programme"));
            Map<String, Object> params = new HashMap<>();
            params.put("programmeId", programmeId);
            return new ProgrammeRead(p, figures.run(session, OutcomeFiguresQuery.Scope.outcomes("from outcomes o",
                    "o.programme_id = :programmeId", params, "null::text", "null::text"), rateDate));
        });
        Object[] p = read.value().programme();
        Figures result = read.value().outcomes();
        Money budget = krw((BigDecimal) p[1]);
        Money allocated = krw((BigDecimal) p[2]);
        Row totals = row(null, null, result.groups());
        BigDecimal contractsKrw = fullPrecisionKrw(result.groups(), COUNTED_CONTRACTS);
        String perSupport = allocated.isPositive()
                ? contractsKrw.divide(allocated.amount(), 2, RoundingMode.HALF_EVEN).toPlainString()
                : null;
        return new ProgrammeReport(programmeId, (String) p[0], budget, allocated, krw((BigDecimal) p[3]),
                budget.minus(allocated), new Companies(((Number) p[4]).longValue(), ((Number) p[5]).longValue()),
                totals.consultations(), totals.contracts(), perSupport, rateDate, rates(result), unconverted(result),
                read.dataAsOf());
    }

    OutcomeReport outcomes(LocalDate from, LocalDate to, GroupBy groupBy, String kind, UUID programmeId, LocalDate rateDate) {
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new HashMap<>();
        if (from != null) {
            where.append(" and o.occurred_on >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and o.occurred_on <= :to");
            params.put("to", to);
        }
        if (kind != null) {
            where.append(" and o.kind = :kind");
            params.put("kind", kind);
        }
        if (programmeId != null) {
            where.append(" and o.programme_id = :programmeId");
            params.put("programmeId", programmeId);
        }
        OutcomeFiguresQuery.Scope scope = outcomesScope(groupBy, programmeId, where.toString(), params);
        AsOf<Figures> read = database.read(session -> figures.run(session, scope, rateDate));
        Figures result = read.value();
        Map<String, List<GroupFigures>> byKey = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (GroupFigures g : result.groups()) {
            byKey.computeIfAbsent(g.key(), k -> new ArrayList<>()).add(g);
            labels.put(g.key(), g.label());
        }
        List<Row> rows = new ArrayList<>();
        byKey.forEach((key, groups) -> rows.add(row(key, label(groupBy, labels.get(key)), groups)));
        rows.sort(Comparator.comparing((Row r) -> r.label() == null ? "" : r.label()).thenComparing(r -> r.key() == null ? "" : r.key()));
        return new OutcomeReport(groupBy.name(), from, to, rateDate, rows, row(null, "Total", result.groups()), rates(result),
                unconverted(result), read.dataAsOf());
    }

    /** Each agreement's implementation as of a day, with its linked programmes' companies and results. */
    AgreementsReport agreements(LocalDate asOf) {
        AsOf<AgreementsRead> read = database.read(session -> new AgreementsRead(agreementFigures.asOf(session, asOf),
                figures.run(session, OutcomeFiguresQuery.Scope.outcomes("from outcomes o join programmes pr on pr.id = o.programme_id",
                        "o.programme_id in (select id from programmes where agreement_id is not null)", Map.of(),
                        "cast(pr.agreement_id as text)", "null::text"), null)));
        Map<String, List<GroupFigures>> byAgreement = new HashMap<>();
        for (GroupFigures g : read.value().outcomes().groups()) {
            byAgreement.computeIfAbsent(g.key(), k -> new ArrayList<>()).add(g);
        }
        List<AgreementRow> rows = new ArrayList<>();
        for (AgreementFiguresQuery.Facts a : read.value().agreements()) {
            Row money = row(null, null, byAgreement.getOrDefault(a.id().toString(), List.of()));
            long counted = a.planned() + a.inProgress() + a.done();
            String rate = counted == 0 ? null
                    : BigDecimal.valueOf(a.done()).divide(BigDecimal.valueOf(counted), 4, RoundingMode.HALF_EVEN).toPlainString();
            rows.add(new AgreementRow(a.id(), a.title(), a.partners(), AgreementStatus.on(asOf, a.endsOn(), a.terminatedOn()).name(),
                    new CommitmentCounts(a.planned(), a.inProgress(), a.done(), a.dropped(), a.overdue()), rate, a.lastMeetingOn(),
                    a.meetingsLast12Months(), a.programmes(), a.companies(), money.consultations(), money.contracts()));
        }
        return new AgreementsReport(asOf, rows, rates(read.value().outcomes()), unconverted(read.value().outcomes()),
                read.dataAsOf());
    }

    private record AgreementsRead(List<AgreementFiguresQuery.Facts> agreements, Figures outcomes) {
    }

    /**
     * Where the outcomes report reads: the maintained totals when they hold the grouping and the report spans every
     * programme (the same sums at the same grain, flat as outcomes grow), else the outcomes themselves (one
     * programme's outcomes are read through its index).
     */
    static OutcomeFiguresQuery.Scope outcomesScope(GroupBy groupBy, UUID programmeId, String where, Map<String, Object> params) {
        if (groupBy.totalsKey != null && programmeId == null) {
            return OutcomeFiguresQuery.Scope.totals(where, params, groupBy.totalsKey, groupBy.totalsKey);
        }
        return OutcomeFiguresQuery.Scope.outcomes("from outcomes o " + groupBy.joins, where, params, groupBy.key, groupBy.label);
    }

    /** Which fairs pay off, and how fast: one SQL statement, every figure rounded here once. */
    EffectivenessReport effectiveness(EffectivenessQuery.GroupBy groupBy, LocalDate from, LocalDate to, LocalDate rateDate) {
        AsOf<EffectivenessQuery.Figures> read = database.read(session -> effectiveness.run(session, groupBy, from, to, rateDate));
        EffectivenessQuery.Figures result = read.value();
        List<EffectivenessRow> rows = new ArrayList<>();
        for (EffectivenessQuery.Group g : result.rows()) {
            String label = groupBy == EffectivenessQuery.GroupBy.buyerCountry && g.label() != null
                    ? new Locale("", g.label().trim()).getDisplayCountry(Locale.ENGLISH) : g.label();
            rows.add(effectivenessRow(g, groupBy, g.key() == null ? null : g.key().trim(), label));
        }
        rows.sort(Comparator.comparing((EffectivenessRow r) -> r.label() == null ? "" : r.label())
                .thenComparing(r -> r.key() == null ? "" : r.key()));
        return new EffectivenessReport(groupBy.name(), from, to, rateDate, rows,
                effectivenessRow(result.totals(), groupBy, null, "Total"),
                rates(result.ratesUsed()), unconverted(result.unconverted()), read.dataAsOf());
    }

    private static EffectivenessRow effectivenessRow(EffectivenessQuery.Group g, EffectivenessQuery.GroupBy groupBy, String key,
            String label) {
        Map<String, Long> within = new LinkedHashMap<>();
        Map<String, String> conversion = new LinkedHashMap<>();
        for (Map.Entry<Integer, Long> m : g.signedWithin().entrySet()) {
            within.put(Integer.toString(m.getKey()), m.getValue());
            conversion.put(Integer.toString(m.getKey()), g.consultations() == 0 ? null
                    : BigDecimal.valueOf(m.getValue()).divide(BigDecimal.valueOf(g.consultations()), 4, RoundingMode.HALF_EVEN)
                            .toPlainString());
        }
        BigDecimal support = groupBy.outcomesOnly ? null : g.support() == null ? BigDecimal.ZERO : g.support();
        Money perContract = support == null || g.signed() == 0 ? null
                : Money.of(support.divide(BigDecimal.valueOf(g.signed()), 0, RoundingMode.HALF_EVEN), Money.KRW);
        String perUsd = support == null || g.signedUsd().signum() == 0 ? null
                : support.divide(g.signedUsd(), 2, RoundingMode.HALF_EVEN).toPlainString();
        return new EffectivenessRow(key, label, g.programmes(), g.companies(), support == null ? null : krw(support),
                g.consultations(), new EffectivenessContracts(g.pursued(), g.signed(), within, g.verified()), conversion,
                value(g.signedKrw(), g.signedUsd()), value(g.verifiedKrw(), g.verifiedUsd()), perContract, perUsd);
    }

    private static String label(GroupBy groupBy, String label) {
        if (groupBy == GroupBy.buyerCountry && label != null) {
            return new Locale("", label.trim()).getDisplayCountry(Locale.ENGLISH);
        }
        return label;
    }

    /** One row's tallies from its (kind, status) groups: sums stay at full precision until rounded here. */
    private static Row row(String key, String label, List<GroupFigures> groups) {
        long consultations = 0;
        BigDecimal consultationsKrw = BigDecimal.ZERO;
        BigDecimal consultationsUsd = BigDecimal.ZERO;
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        for (String status : CONTRACT_STATUSES) {
            counts.put(status, new long[1]);
            sums.put(status, new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
        }
        for (GroupFigures g : groups) {
            if (g.kind().equals("CONSULTATION")) {
                consultations += g.count();
                consultationsKrw = consultationsKrw.add(g.krw());
                consultationsUsd = consultationsUsd.add(g.usd());
            } else {
                counts.get(g.status())[0] += g.count();
                BigDecimal[] s = sums.get(g.status());
                s[0] = s[0].add(g.krw());
                s[1] = s[1].add(g.usd());
            }
        }
        Map<String, Tally> byStatus = new LinkedHashMap<>();
        long contracts = 0;
        BigDecimal contractsKrw = BigDecimal.ZERO;
        BigDecimal contractsUsd = BigDecimal.ZERO;
        for (String status : CONTRACT_STATUSES) {
            BigDecimal[] s = sums.get(status);
            byStatus.put(status, new Tally(counts.get(status)[0], value(s[0], s[1])));
            if (COUNTED_CONTRACTS.contains(status)) {
                contracts += counts.get(status)[0];
                contractsKrw = contractsKrw.add(s[0]);
                contractsUsd = contractsUsd.add(s[1]);
            }
        }
        return new Row(key, label, new Tally(consultations, value(consultationsKrw, consultationsUsd)),
                new ContractTally(contracts, value(contractsKrw, contractsUsd), byStatus));
    }

    private static BigDecimal fullPrecisionKrw(List<GroupFigures> groups, List<String> statuses) {
        return groups.stream().filter(g -> g.kind().equals("CONTRACT") && statuses.contains(g.status()))
                .map(GroupFigures::krw).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Value value(BigDecimal krw, BigDecimal usd) {
        return new Value(Money.rounded(krw, Money.KRW), Money.rounded(usd, Money.USD));
    }

    private static Money krw(BigDecimal amount) {
        return Money.of(amount, Money.KRW);
    }

    private static List<RateUsed> rates(Figures result) {
        return rates(result.ratesUsed());
    }

    private static List<RateUsed> rates(List<OutcomeFiguresQuery.RateUsed> used) {
        return used.stream().map(r -> new RateUsed(r.currency(), r.date(), plain(r.krwPerUnit()), r.source()))
                .toList();
    }

    private static List<Unconverted> unconverted(Figures result) {
        return unconverted(result.unconverted());
    }

    private static List<Unconverted> unconverted(List<OutcomeFiguresQuery.Unconverted> amounts) {
        return amounts.stream().map(u -> new Unconverted(u.currency(),
                Money.of(u.amount(), Money.currency(u.currency())).amountString(), u.occurredOn())).toList();
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

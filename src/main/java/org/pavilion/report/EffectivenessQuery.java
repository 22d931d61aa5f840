package org.pavilion.report;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pavilion.fx.FxService;
import org.pavilion.outcome.OutcomeKind;
import org.pavilion.outcome.OutcomeStatus;
import org.pavilion.outcome.VerificationStatus;
import org.pavilion.participation.ParticipationStatus;
import org.pavilion.report.OutcomeFiguresQuery.RateUsed;
import org.pavilion.report.OutcomeFiguresQuery.Unconverted;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The effectiveness of programmes in one SQL statement: for each group (programme, fair, fair series, sector or
 * buyer country) of the programmes whose reference date (the fair's end, else activityEndsOn) lies in the range,
 * the distinct programmes and attending companies, the live support, the consultations, the contracts pursued,
 * signed, signed within 3, 6 and 12 months of the reference date and verified, and the signed and verified values
 * converted to KRW and USD as in the other reports (summed per currency and rate date, each pair's rates found
 * once). Exact numeric sums; Java rounds each figure once. The outcome facts come from the maintained effectiveness
 * totals (V15) except when grouped by buyer country, whose company counts need single outcomes.
 */
@ApplicationScoped
class EffectivenessQuery {

    /** The months of {@code signedWithin} and {@code conversion}. */
    static final List<Integer> MONTHS = List.of(3, 6, 12);

    @Inject
    FxService fx;

    @Inject
    ObjectMapper mapper;

    /** How rows group: the key and label over programmes p (with fair columns), companies c and outcomes o. */
    enum GroupBy {
        programme("cast(p.programme_id as text)", "p.name", false),
        fair("coalesce(cast(p.fair_id as text), 'none')", "coalesce(p.fair_name, 'Without a fair')", false),
        series("coalesce(p.series, 'none')", "coalesce(p.series, 'Without a fair')", false),
        sector("coalesce(c.sector, 'none')", "coalesce(c.sector, 'No sector')", false),
        buyerCountry("o.buyer_country", "o.buyer_country", true);

        final String key;
        final String label;
        /** Grouped by something only outcomes have: support and attendance cannot be split by it. */
        final boolean outcomesOnly;

        GroupBy(String key, String label, boolean outcomesOnly) {
            this.key = key;
            this.label = label;
            this.outcomesOnly = outcomesOnly;
        }
    }

    record Group(String key, String label, long programmes, long companies, BigDecimal support, long consultations, long pursued,
            long signed, Map<Integer, Long> signedWithin, long verified, BigDecimal signedKrw, BigDecimal signedUsd,
            BigDecimal verifiedKrw, BigDecimal verifiedUsd) {
    }

    record Figures(List<Group> rows, Group totals, List<RateUsed> ratesUsed, List<Unconverted> unconverted) {
    }

    /**
     * The outcome facts of the programmes in range (p), one row per outcome: what {@code oc} selects besides its group,
     * with the company as {@code c}.
     */
    private static final String FROM_OUTCOMES = """
            o.programme_id, o.company_id, o.kind, o.status, o.signed_on, p.ref,
                           coalesce(o.verification_status = :verified, false) as verified, o.value_amount, o.value_currency,
                           o.occurred_on, 1 as n
                      from outcomes o join p on p.programme_id = o.programme_id join companies c on c.id = o.company_id""";

    /**
     * The same facts from the maintained effectiveness totals (V15): a count {@code n} per programme, sector, buyer
     * country, kind, status and verification, and each signed contract's signing day, currency, date and amount; no
     * company (so not for a grouping that counts companies from outcomes).
     */
    private static final String FROM_TOTALS = """
            o.programme_id, null::uuid as company_id, o.kind, o.status, o.signed_on, p.ref, o.verified,
                           o.amount as value_amount, o.value_currency, o.occurred_on, o.n
                      from effectiveness_report_totals o join p on p.programme_id = o.programme_id
                           cross join lateral (select o.sector) as c(sector)""";

    /** The figures, from the maintained totals unless the grouping counts companies from outcomes (buyerCountry). */
    Figures run(ReportQuery.Session session, GroupBy groupBy, LocalDate from, LocalDate to, LocalDate rateDate)
            throws SQLException {
        return run(session, groupBy, from, to, rateDate, !groupBy.outcomesOnly);
    }

    /** The figures from the maintained totals or from every outcome: the same answer (OutcomeTotalsExactnessTest). */
    Figures run(ReportQuery.Session session, GroupBy groupBy, LocalDate from, LocalDate to, LocalDate rateDate,
            boolean fromTotals) throws SQLException {
        String oKey = groupBy.key;
        String oLabel = groupBy.label;
        // Attendance and support facts cannot name a buyer country: for that grouping they are left out.
        String aKey = groupBy.outcomesOnly ? "null" : groupBy.key;
        String aLabel = groupBy.outcomesOnly ? "null" : groupBy.label;
        String sql = """
                with p as materialized (
                    select pr.id as programme_id, pr.name, pr.fair_id, f.name as fair_name, f.series,
                           coalesce(f.ends_on, pr.activity_ends_on) as ref
                      from programmes pr left join fairs f on f.id = pr.fair_id
                     where coalesce(f.ends_on, pr.activity_ends_on) is not null
                       and (cast(:from as date) is null or coalesce(f.ends_on, pr.activity_ends_on) >= cast(:from as date))
                       and (cast(:to as date) is null or coalesce(f.ends_on, pr.activity_ends_on) <= cast(:to as date))
                ),
                oc as materialized (
                    select %1$s as group_key, %2$s as group_label, coalesce(cast(:rateDate as date), o.occurred_on) as d,
                           %7$s
                ),
                att as (
                    select %3$s as group_key, %4$s as group_label, pa.programme_id, pa.company_id
                      from participations pa join p on p.programme_id = pa.programme_id join companies c on c.id = pa.company_id
                     where pa.status = :attended and not :outcomesOnly
                ),
                -- Support per group and programme: what the support sums and the programme counts need of allocations.
                al as (
                    select %3$s as group_key, %4$s as group_label, a.programme_id, sum(a.amount) as amount
                      from allocations a join p on p.programme_id = a.programme_id join companies c on c.id = a.company_id
                     where not :outcomesOnly
                     group by 1, 2, 3
                ),
                -- Outcomes enter the distinct counts once per (group, programme), and per company only where
                -- companies are counted from outcomes (buyerCountry): a few rows per programme instead of every outcome.
                facts as (
                    select group_key, group_label, programme_id, company_id, 'A' as src from att
                    union all select group_key, max(group_label), programme_id, null, 'P' from oc group by group_key, programme_id
                                having sum(n) <> 0
                    union all select group_key, group_label, programme_id, company_id, 'O' from oc where :outcomesOnly
                                group by group_key, group_label, programme_id, company_id
                    union all select group_key, group_label, programme_id, null, 'S' from al
                ),
                counted as (
                    select group_key,
                           coalesce(sum(n) filter (where kind = :consultation), 0) as consultations,
                           coalesce(sum(n) filter (where kind = :contract and status = :pursuing), 0) as pursued,
                           coalesce(sum(n) filter (where kind = :contract and status = :signed), 0) as signed,
                           coalesce(sum(n) filter (where kind = :contract and status = :signed
                                              and signed_on <= cast(ref + make_interval(months => 3) as date)), 0) as s3,
                           coalesce(sum(n) filter (where kind = :contract and status = :signed
                                              and signed_on <= cast(ref + make_interval(months => 6) as date)), 0) as s6,
                           coalesce(sum(n) filter (where kind = :contract and status = :signed
                                              and signed_on <= cast(ref + make_interval(months => 12) as date)), 0) as s12,
                           coalesce(sum(n) filter (where kind = :contract and status = :signed and verified), 0) as verified
                      from oc group by group_key
                ),
                sig as materialized (
                    select group_key, verified as is_verified, value_currency as cur, d, sum(value_amount) as amount
                      from oc where kind = :contract and status = :signed group by 1, 2, 3, 4 having sum(n) <> 0
                ),
                pairs as (select distinct cur, d from sig),
                %5$s,
                conv as (
                    select s.group_key, s.is_verified, s.amount * coalesce(r.own_rate, 1) as krw,
                           s.amount * coalesce(r.own_rate, 1) * 1.000000000000000000000000 / r.usd_rate as usd
                      from sig s join rates r on r.cur = s.cur and r.d = s.d where r.converted
                ),
                valued as (
                    select group_key, coalesce(sum(krw), 0) as signed_krw, coalesce(sum(usd), 0) as signed_usd,
                           coalesce(sum(krw) filter (where is_verified), 0) as verified_krw,
                           coalesce(sum(usd) filter (where is_verified), 0) as verified_usd
                      from conv group by group_key
                ),
                supported as (select group_key, sum(amount) as support from al group by group_key),
                grouped as (
                    select group_key, max(group_label) as group_label, count(distinct programme_id) as programmes,
                           count(distinct company_id) filter (where src = case when :outcomesOnly then 'O' else 'A' end) as companies
                      from facts group by group_key
                ),
                %6$s,
                cols as (
                    select g.group_key, g.group_label, g.programmes, g.companies, s.support,
                           coalesce(c.consultations, 0) as consultations, coalesce(c.pursued, 0) as pursued,
                           coalesce(c.signed, 0) as signed, coalesce(c.s3, 0) as s3, coalesce(c.s6, 0) as s6,
                           coalesce(c.s12, 0) as s12, coalesce(c.verified, 0) as verified,
                           coalesce(v.signed_krw, 0) as signed_krw, coalesce(v.signed_usd, 0) as signed_usd,
                           coalesce(v.verified_krw, 0) as verified_krw, coalesce(v.verified_usd, 0) as verified_usd
                      from grouped g left join counted c on c.group_key = g.group_key
                      left join valued v on v.group_key = g.group_key left join supported s on s.group_key = g.group_key
                )
                select json_build_object(
                    'rows', (select coalesce(json_agg(json_build_object('key', group_key, 'label', group_label,
                                 'programmes', programmes, 'companies', companies, 'support', support::text,
                                 'consultations', consultations, 'pursued', pursued, 'signed', signed, 's3', s3, 's6', s6,
                                 's12', s12, 'verified', verified, 'signedKrw', signed_krw::text, 'signedUsd', signed_usd::text,
                                 'verifiedKrw', verified_krw::text, 'verifiedUsd', verified_usd::text)), '[]') from cols),
                    'totals', (select json_build_object('programmes', (select count(distinct programme_id) from facts),
                                 'companies', (select count(distinct company_id) from facts
                                               where src = case when :outcomesOnly then 'O' else 'A' end),
                                 'support', (select sum(amount)::text from al),
                                 'consultations', coalesce(sum(consultations), 0), 'pursued', coalesce(sum(pursued), 0),
                                 'signed', coalesce(sum(signed), 0), 's3', coalesce(sum(s3), 0), 's6', coalesce(sum(s6), 0),
                                 's12', coalesce(sum(s12), 0), 'verified', coalesce(sum(verified), 0),
                                 'signedKrw', coalesce(sum(signed_krw), 0)::text, 'signedUsd', coalesce(sum(signed_usd), 0)::text,
                                 'verifiedKrw', coalesce(sum(verified_krw), 0)::text, 'verifiedUsd', coalesce(sum(verified_usd), 0)::text)
                               from cols),
                    'rates', (select coalesce(json_agg(json_build_object('currency', r.cur, 'date', r.rate_date,
                                 'rate', r.rate::text, 'source', r.source) order by r.cur, r.rate_date), '[]') from rate_pairs r),
                    'unconverted', (select coalesce(json_agg(json_build_object('currency', o.value_currency,
                                 'amount', o.value_amount::text, 'occurredOn', o.occurred_on)
                                 order by o.occurred_on, o.value_currency, o.value_amount), '[]')
                                 from outcomes o join p on p.programme_id = o.programme_id
                                      join rates r on r.cur = o.value_currency and not r.converted
                                           and r.d = coalesce(cast(:rateDate as date), o.occurred_on)
                                 where o.kind = :contract and o.status = :signed
                                   and exists (select 1 from rates where not converted))
                )::text
                """.formatted(oKey, oLabel, aKey, aLabel, OutcomeFiguresQuery.RATES, OutcomeFiguresQuery.RATE_PAIRS,
                fromTotals ? FROM_TOTALS : FROM_OUTCOMES);
        session.execute("set local jit = off");
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("rateDate", rateDate);
        params.put("maxAge", fx.maxRateAgeDays());
        params.put("outcomesOnly", groupBy.outcomesOnly);
        params.put("attended", ParticipationStatus.ATTENDED.name());
        params.put("consultation", OutcomeKind.CONSULTATION.name());
        params.put("contract", OutcomeKind.CONTRACT.name());
        params.put("pursuing", OutcomeStatus.PURSUING.name());
        params.put("signed", OutcomeStatus.SIGNED.name());
        params.put("verified", VerificationStatus.VERIFIED.name());
        return parse((String) session.single(sql, params));
    }

    private Figures parse(String json) {
        try {
            JsonNode root = mapper.readTree(json);
            List<Group> rows = new ArrayList<>();
            for (JsonNode g : root.get("rows")) {
                rows.add(group(g));
            }
            return new Figures(rows, group(root.get("totals")), OutcomeFiguresQuery.ratesUsed(root.get("rates")),
                    OutcomeFiguresQuery.unconverted(root.get("unconverted")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Effectiveness query answered unreadable JSON", e);
        }
    }

    private static Group group(JsonNode g) {
        Map<Integer, Long> within = new LinkedHashMap<>();
        for (int m : MONTHS) {
            within.put(m, g.get("s" + m).asLong());
        }
        JsonNode support = g.get("support");
        return new Group(text(g, "key"), text(g, "label"), g.get("programmes").asLong(), g.get("companies").asLong(),
                support == null || support.isNull() ? null : new BigDecimal(support.asText()), g.get("consultations").asLong(),
                g.get("pursued").asLong(), g.get("signed").asLong(), within, g.get("verified").asLong(),
                new BigDecimal(g.get("signedKrw").asText()), new BigDecimal(g.get("signedUsd").asText()),
                new BigDecimal(g.get("verifiedKrw").asText()), new BigDecimal(g.get("verifiedUsd").asText()));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Outcome figures aggregated by PostgreSQL in one statement: outcomes are first summed per group,
 * kind, status, currency and rate date (exact numeric sums), rates are found once per distinct
 * (currency, date) pair, each sum is converted to KRW (its own rate) and to USD (through KRW with the
 * USD rate of the same date), the conversions are summed at full precision per group, kind and status,
 * and returned with the rates used and the single outcomes that could not be converted (found by a
 * join that reads nothing when every pair has its rates). Java only rounds each figure once. A scope reads either
 * single outcomes or the maintained totals (V13), which hold the same sums at the same grain.
 */
@ApplicationScoped
class OutcomeFiguresQuery {

    @Inject
    FxService fx;

    @Inject
    ObjectMapper mapper;

    /**
     * A scope: the SQL that selects outcomes (alias {@code o}), the group key and label expressions, and whether its rows
     * are single outcomes or the maintained totals ({@code outcome_report_totals}: a count {@code n} and an
     * {@code amount} per key). The {@code where} names only columns outcomes and totals share, so the single
     * outcomes that cannot be converted are found with it in {@code outcomes}.
     */
    record Scope(String from, String where, Map<String, Object> params, String keyExpression, String labelExpression,
            boolean totals) {

        /** Single outcomes. */
        static Scope outcomes(String from, String where, Map<String, Object> params, String keyExpression, String labelExpression) {
            return new Scope(from, where, params, keyExpression, labelExpression, false);
        }

        /** The maintained totals (sector, buyer_country, kind, status, value_currency, occurred_on, n, amount). */
        static Scope totals(String where, Map<String, Object> params, String keyExpression, String labelExpression) {
            return new Scope("from outcome_report_totals o", where, params, keyExpression, labelExpression, true);
        }
    }

    record GroupFigures(String key, String label, String kind, String status, long count, BigDecimal krw, BigDecimal usd) {
    }

    record RateUsed(String currency, LocalDate date, BigDecimal krwPerUnit, String source) {
    }

    record Unconverted(String currency, BigDecimal amount, LocalDate occurredOn) {
    }

    record Figures(List<GroupFigures> groups, List<RateUsed> ratesUsed, List<Unconverted> unconverted) {
    }

    /**
     * The rates of each distinct (currency {@code cur}, date {@code d}) of a CTE named {@code pairs}: the currency's own
     * rate (none for KRW) and the USD rate of that date or the latest within {@code :maxAge} days, and whether the
     * pair converts. Shared by every report that converts amounts.
     */
    static final String RATES = """
            rates as materialized (
                    select p.cur, p.d, own.krw_per_unit as own_rate, own.rate_date as own_date, own.source as own_source,
                           usd.krw_per_unit as usd_rate, usd.rate_date as usd_date, usd.source as usd_source,
                           ((p.cur = 'KRW' or own.krw_per_unit is not null) and usd.krw_per_unit is not null) as converted
                    from pairs p
                    left join lateral (select f.krw_per_unit, f.rate_date, f.source from fx_rates f
                                       where p.cur <> 'KRW' and f.currency = p.cur and f.rate_date <= p.d
                                         and f.rate_date >= p.d - :maxAge order by f.rate_date desc limit 1) own on true
                    left join lateral (select f.krw_per_unit, f.rate_date, f.source from fx_rates f
                                       where f.currency = 'USD' and f.rate_date <= p.d
                                         and f.rate_date >= p.d - :maxAge order by f.rate_date desc limit 1) usd on true
                )""";

    /** The rates a report used, from {@link #RATES}: each converting pair's own rate and its USD rate. */
    static final String RATE_PAIRS = """
            rate_pairs as (
                    select cur, own_date as rate_date, own_rate as rate, own_source as source from rates
                    where cur <> 'KRW' and converted
                    union
                    select 'USD', usd_date, usd_rate, usd_source from rates where converted
                )""";

    Figures run(ReportQuery.Session session, Scope scope, LocalDate rateDate) throws SQLException {
        String sql = """
                with base as not materialized (
                    select o.kind, o.status, %s as value_amount, %s as n, o.value_currency, o.occurred_on,
                           %s as group_key, %s as group_label,
                           coalesce(cast(:rateDate as date), o.occurred_on) as d
                    %s
                    where %s
                ),
                o as materialized (
                    select group_key, group_label, kind, status, value_currency, d,
                           sum(n) as n, sum(value_amount) as amount
                    from base group by group_key, group_label, kind, status, value_currency, d
                    having sum(n) <> 0
                ),
                pairs as (select distinct value_currency as cur, d from o),
                %s,
                v as (
                    select o.*, r.own_rate, r.usd_rate, r.converted, o.amount * coalesce(r.own_rate, 1) as krw
                    from o join rates r on r.cur = o.value_currency and r.d = o.d
                ),
                %s
                select json_build_object(
                    'groups', (select coalesce(json_agg(json_build_object('key', g.group_key, 'label', g.group_label,
                                    'kind', g.kind, 'status', g.status, 'count', g.n, 'krw', g.krw::text, 'usd', g.usd::text)), '[]')
                               from (select group_key, group_label, kind, status, sum(n) as n,
                                            coalesce(sum(krw) filter (where converted), 0) as krw,
                                            coalesce(sum(krw * 1.000000000000000000000000 / usd_rate) filter (where converted), 0) as usd
                                     from v group by group_key, group_label, kind, status) g),
                    'rates', (select coalesce(json_agg(json_build_object('currency', r.cur, 'date', r.rate_date,
                                    'rate', r.rate::text, 'source', r.source) order by r.cur, r.rate_date), '[]') from rate_pairs r),
                    'unconverted', (select coalesce(json_agg(json_build_object('currency', o.value_currency,
                                    'amount', o.value_amount::text, 'occurredOn', o.occurred_on)
                                    order by o.occurred_on, o.value_currency, o.value_amount), '[]')
                                    from outcomes o join rates r on r.cur = o.value_currency and not r.converted
                                         and r.d = coalesce(cast(:rateDate as date), o.occurred_on)
                                   where %s)
                )::text
                """.formatted(scope.totals() ? "o.amount" : "o.value_amount", scope.totals() ? "o.n" : "1", scope.keyExpression(),
                scope.labelExpression(), scope.from(), scope.where(), RATES, RATE_PAIRS, scope.where());
        // PostgreSQL's JIT compiles this statement at every run (its estimated cost is high): measured
        // at 1,000,000 outcomes, 2.0 s with JIT and 1.0 s without (bench/results/limits.md).
        session.execute("set local jit = off");
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("rateDate", rateDate);
        params.put("maxAge", fx.maxRateAgeDays());
        return parse((String) session.single(sql, params));
    }

    private Figures parse(String json) {
        try {
            JsonNode root = mapper.readTree(json);
            List<GroupFigures> groups = new ArrayList<>();
            for (JsonNode g : root.get("groups")) {
                groups.add(new GroupFigures(text(g, "key"), text(g, "label"), g.get("kind").asText(), g.get("status").asText(),
                        g.get("count").asLong(), new BigDecimal(g.get("krw").asText()), new BigDecimal(g.get("usd").asText())));
            }
            return new Figures(groups, ratesUsed(root.get("rates")), unconverted(root.get("unconverted")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Report query answered unreadable JSON", e);
        }
    }

    /** The rates of a report's {@code rates} JSON, each (currency, date) once. */
    static List<RateUsed> ratesUsed(JsonNode rates) {
        Map<String, RateUsed> byPair = new LinkedHashMap<>();
        for (JsonNode r : rates) {
            RateUsed rate = new RateUsed(r.get("currency").asText().trim(), LocalDate.parse(r.get("date").asText()),
                    new BigDecimal(r.get("rate").asText()).stripTrailingZeros(), r.get("source").asText());
            byPair.putIfAbsent(rate.currency() + rate.date(), rate);
        }
        return new ArrayList<>(byPair.values());
    }

    /** The amounts of a report's {@code unconverted} JSON. */
    static List<Unconverted> unconverted(JsonNode amounts) {
        List<Unconverted> unconverted = new ArrayList<>();
        for (JsonNode u : amounts) {
            unconverted.add(new Unconverted(u.get("currency").asText().trim(), new BigDecimal(u.get("amount").asText()),
                    LocalDate.parse(u.get("occurredOn").asText())));
        }
        return unconverted;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

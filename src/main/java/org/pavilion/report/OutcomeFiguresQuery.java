package org.pavilion.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.pavilion.fx.FxService;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Outcome figures aggregated by PostgreSQL in one statement: each outcome's rates are found once
 * per distinct (currency, date) pair, each amount is converted to KRW (its own rate) and to USD
 * (through KRW with the USD rate of the same date), summed at full precision per group, kind and
 * status, and returned with the rates used and the amounts that could not be converted. Java only
 * rounds each figure once.
 */
@ApplicationScoped
class OutcomeFiguresQuery {

    @Inject
    EntityManager em;

    @Inject
    FxService fx;

    @Inject
    ObjectMapper mapper;

    /** A scope: the SQL that selects outcomes (alias {@code o}) and the group key and label expressions. */
    record Scope(String from, String where, Map<String, Object> params, String keyExpression, String labelExpression) {
    }

    record GroupFigures(String key, String label, String kind, String status, long count, BigDecimal krw, BigDecimal usd) {
    }

    record RateUsed(String currency, LocalDate date, BigDecimal krwPerUnit, String source) {
    }

    record Unconverted(String currency, BigDecimal amount, LocalDate occurredOn) {
    }

    record Figures(List<GroupFigures> groups, List<RateUsed> ratesUsed, List<Unconverted> unconverted) {
    }

    Figures run(Scope scope, LocalDate rateDate) {
        String sql = """
                with o as materialized (
                    select o.kind, o.status, o.value_amount, o.value_currency, o.occurred_on,
                           %s as group_key, %s as group_label,
                           coalesce(cast(:rateDate as date), o.occurred_on) as d
                    %s
                    where %s
                ),
                pairs as (select distinct value_currency as cur, d from o),
                rates as (
                    select p.cur, p.d, own.krw_per_unit as own_rate, own.rate_date as own_date, own.source as own_source,
                           usd.krw_per_unit as usd_rate, usd.rate_date as usd_date, usd.source as usd_source
                    from pairs p
                    left join lateral (select f.krw_per_unit, f.rate_date, f.source from fx_rates f
                                       where p.cur <> 'KRW' and f.currency = p.cur and f.rate_date <= p.d
                                         and f.rate_date >= p.d - :maxAge order by f.rate_date desc limit 1) own on true
                    left join lateral (select f.krw_per_unit, f.rate_date, f.source from fx_rates f
                                       where f.currency = 'USD' and f.rate_date <= p.d
                                         and f.rate_date >= p.d - :maxAge order by f.rate_date desc limit 1) usd on true
                ),
                v as materialized (
                    select o.*, r.own_rate, r.own_date, r.own_source, r.usd_rate, r.usd_date, r.usd_source,
                           ((o.value_currency = 'KRW' or r.own_rate is not null) and r.usd_rate is not null) as converted,
                           o.value_amount * coalesce(r.own_rate, 1) as krw
                    from o join rates r on r.cur = o.value_currency and r.d = o.d
                ),
                rate_pairs as (
                    select rp.cur, rp.own_date as rate_date, rp.own_rate as rate, rp.own_source as source from rates rp
                    where rp.cur <> 'KRW' and rp.own_rate is not null and rp.usd_rate is not null
                      and exists (select 1 from o where o.value_currency = rp.cur and o.d = rp.d)
                    union
                    select 'USD', rp.usd_date, rp.usd_rate, rp.usd_source from rates rp
                    where rp.usd_rate is not null and (rp.cur = 'KRW' or rp.own_rate is not null)
                      and exists (select 1 from o where o.value_currency = rp.cur and o.d = rp.d)
                )
                select json_build_object(
                    'groups', (select coalesce(json_agg(json_build_object('key', g.group_key, 'label', g.group_label,
                                    'kind', g.kind, 'status', g.status, 'count', g.n, 'krw', g.krw::text, 'usd', g.usd::text)), '[]')
                               from (select group_key, group_label, kind, status, count(*) as n,
                                            coalesce(sum(krw) filter (where converted), 0) as krw,
                                            coalesce(sum(krw * 1.000000000000000000000000 / usd_rate) filter (where converted), 0) as usd
                                     from v group by group_key, group_label, kind, status) g),
                    'rates', (select coalesce(json_agg(json_build_object('currency', r.cur, 'date', r.rate_date,
                                    'rate', r.rate::text, 'source', r.source) order by r.cur, r.rate_date), '[]') from rate_pairs r),
                    'unconverted', (select coalesce(json_agg(json_build_object('currency', v.value_currency,
                                    'amount', v.value_amount::text, 'occurredOn', v.occurred_on)
                                    order by v.occurred_on, v.value_currency, v.value_amount), '[]')
                                    from v where not v.converted)
                )::text
                """.formatted(scope.keyExpression(), scope.labelExpression(), scope.from(), scope.where());
        Query query = em.createNativeQuery(sql);
        query.setParameter("rateDate", rateDate);
        query.setParameter("maxAge", fx.maxRateAgeDays());
        scope.params().forEach(query::setParameter);
        return parse((String) query.getSingleResult());
    }

    private Figures parse(String json) {
        try {
            JsonNode root = mapper.readTree(json);
            List<GroupFigures> groups = new ArrayList<>();
            for (JsonNode g : root.get("groups")) {
                groups.add(new GroupFigures(text(g, "key"), text(g, "label"), g.get("kind").asText(), g.get("status").asText(),
                        g.get("count").asLong(), new BigDecimal(g.get("krw").asText()), new BigDecimal(g.get("usd").asText())));
            }
            Map<String, RateUsed> rates = new LinkedHashMap<>();
            for (JsonNode r : root.get("rates")) {
                RateUsed rate = new RateUsed(r.get("currency").asText().trim(), LocalDate.parse(r.get("date").asText()),
                        new BigDecimal(r.get("rate").asText()).stripTrailingZeros(), r.get("source").asText());
                rates.putIfAbsent(rate.currency() + rate.date(), rate);
            }
            List<Unconverted> unconverted = new ArrayList<>();
            for (JsonNode u : root.get("unconverted")) {
                unconverted.add(new Unconverted(u.get("currency").asText().trim(), new BigDecimal(u.get("amount").asText()),
                        LocalDate.parse(u.get("occurredOn").asText())));
            }
            return new Figures(groups, new ArrayList<>(rates.values()), unconverted);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Report query answered unreadable JSON", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

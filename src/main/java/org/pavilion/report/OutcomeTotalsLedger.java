package org.pavilion.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The maintained outcome totals (V13) and effectiveness totals (V15): the delta rows the outcome and company
 * triggers append are moved into {@code outcome_totals} and {@code effectiveness_totals} by one instance at a time.
 * The move is one transaction: readers see the deltas either pending or added, never both or neither; rows appended
 * meanwhile stay for the next move.
 */
@ApplicationScoped
class OutcomeTotalsLedger {

    /** The advisory lock of the compaction, one holder across instances. */
    private static final String LOCK = "select pg_try_advisory_xact_lock(hashtextextended('outcome-totals-compaction', 0))";

    @Inject
    EntityManager em;

    /** Moves the pending deltas into the totals; the number of delta rows moved, or -1 when another instance holds it. */
    long compact() {
        if (!Boolean.TRUE.equals(em.createNativeQuery(LOCK).getSingleResult())) {
            return -1;
        }
        Number moved = (Number) em.createNativeQuery("""
                with moved as (
                    delete from outcome_total_deltas
                    returning sector, buyer_country, kind, status, value_currency, occurred_on, n, amount
                ),
                summed as (
                    select sector, buyer_country, kind, status, value_currency, occurred_on, sum(n) as n, sum(amount) as amount,
                           count(*) as deltas
                      from moved group by sector, buyer_country, kind, status, value_currency, occurred_on
                ),
                added as (
                    insert into outcome_totals as t (sector, buyer_country, kind, status, value_currency, occurred_on, n, amount)
                    select sector, buyer_country, kind, status, value_currency, occurred_on, n, amount from summed
                    on conflict (sector, buyer_country, kind, status, value_currency, occurred_on)
                    do update set n = t.n + excluded.n, amount = t.amount + excluded.amount
                )
                select coalesce(sum(deltas), 0) from summed
                """).getSingleResult();
        // Keys whose outcomes all moved away (a status or sector change) leave a zero row: drop it.
        em.createNativeQuery("delete from outcome_totals where n = 0 and amount = 0").executeUpdate();
        return moved.longValue() + compactEffectiveness();
    }

    private long compactEffectiveness() {
        Number moved = (Number) em.createNativeQuery("""
                with moved as (
                    delete from effectiveness_total_deltas
                    returning programme_id, sector, buyer_country, kind, status, verified, signed_on, value_currency,
                              occurred_on, n, amount
                ),
                summed as (
                    select programme_id, sector, buyer_country, kind, status, verified, signed_on, value_currency, occurred_on,
                           sum(n) as n, sum(amount) as amount, count(*) as deltas
                      from moved
                     group by programme_id, sector, buyer_country, kind, status, verified, signed_on, value_currency, occurred_on
                ),
                added as (
                    insert into effectiveness_totals as t (programme_id, sector, buyer_country, kind, status, verified,
                                                           signed_on, value_currency, occurred_on, n, amount)
                    select programme_id, sector, buyer_country, kind, status, verified, signed_on, value_currency, occurred_on,
                           n, amount
                      from summed
                    on conflict (programme_id, sector, buyer_country, kind, status, verified,
                                 coalesce(signed_on, '-infinity'::date), coalesce(value_currency, ''),
                                 coalesce(occurred_on, '-infinity'::date))
                    do update set n = t.n + excluded.n, amount = t.amount + excluded.amount
                )
                select coalesce(sum(deltas), 0) from summed
                """).getSingleResult();
        em.createNativeQuery("delete from effectiveness_totals where n = 0 and coalesce(amount, 0) = 0").executeUpdate();
        return moved.longValue();
    }
}

package org.pavilion.fx;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.pavilion.shared.audit.AuditLog;

/** The SQL that writes exchange rates: one rate, or a whole CSV file in one statement with its audit events. */
@ApplicationScoped
class FxRateRepository {

    @Inject
    EntityManager em;

    /** A new rate (or, if another request just stored the same currency and date, its new value). */
    void insert(UUID id, String currency, LocalDate date, BigDecimal krwPerUnit, String source) {
        em.createNativeQuery("""
                insert into fx_rates (id, currency, rate_date, krw_per_unit, source, updated_at) values (?1, ?2, ?3, ?4, ?5, now())
                on conflict (currency, rate_date) do update set krw_per_unit = excluded.krw_per_unit,
                    source = excluded.source, updated_at = now()
                """).setParameter(1, id).setParameter(2, currency).setParameter(3, date).setParameter(4, krwPerUnit)
                .setParameter(5, source).executeUpdate();
    }

    /**
     * One statement for the whole file: upserts every rate, answering for each what it was and is, for the audit.
     * {@code previous} is read (and locked) before the upsert runs: the upsert refers to it, since PostgreSQL
     * evaluates a CTE only when it is first needed, and a row already updated by this statement would be skipped.
     */
    List<AuditLog.Entry> upsertAll(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        int n = rows.size();
        String[] currencies = new String[n];
        Date[] dates = new Date[n];
        BigDecimal[] rates = new BigDecimal[n];
        String[] sources = new String[n];
        for (int i = 0; i < n; i++) {
            currencies[i] = (String) rows.get(i)[0];
            dates[i] = Date.valueOf((LocalDate) rows.get(i)[1]);
            rates[i] = (BigDecimal) rows.get(i)[2];
            sources[i] = (String) rows.get(i)[3];
        }
        List<AuditLog.Entry> changes = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (var statement = connection.prepareStatement("""
                    with input as (
                        select * from unnest(?::text[], ?::date[], ?::numeric[], ?::text[]) as t(currency, rate_date, krw, source)
                    ),
                    previous as (
                        select f.id, f.currency, f.rate_date, f.krw_per_unit, f.source from fx_rates f
                        join input i on i.currency = f.currency and i.rate_date = f.rate_date for update of f
                    ),
                    upserted as (
                        insert into fx_rates (id, currency, rate_date, krw_per_unit, source, updated_at)
                        select gen_random_uuid(), currency, rate_date, krw, source, now()
                        from input, (select count(*) from previous) as read_first
                        on conflict (currency, rate_date) do update
                            set krw_per_unit = excluded.krw_per_unit, source = excluded.source, updated_at = now()
                        returning id, currency, rate_date, krw_per_unit, source
                    )
                    select case when p.id is null then 'created' else 'updated' end, u.id,
                           case when p.id is null then null
                                else jsonb_build_object('krwPerUnit', trim_scale(p.krw_per_unit)::text, 'source', p.source)::text end,
                           jsonb_build_object('currency', u.currency, 'date', u.rate_date::text,
                                              'krwPerUnit', trim_scale(u.krw_per_unit)::text, 'source', u.source)::text
                    from upserted u left join previous p on p.id = u.id order by u.currency, u.rate_date
                    """)) {
                statement.setArray(1, connection.createArrayOf("text", currencies));
                statement.setArray(2, connection.createArrayOf("date", dates));
                statement.setArray(3, connection.createArrayOf("numeric", rates));
                statement.setArray(4, connection.createArrayOf("text", sources));
                try (var result = statement.executeQuery()) {
                    while (result.next()) {
                        changes.add(new AuditLog.Entry(result.getString(1), result.getObject(2, UUID.class), result.getString(3),
                                result.getString(4)));
                    }
                }
            }
        });
        return changes;
    }
}

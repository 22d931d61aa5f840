package org.pavilion.outcome;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * The bulk writer of an outcome import: one INSERT of a chunk's rows (arrays unnested by PostgreSQL), in the
 * caller's transaction; their audit events are written by {@code AuditLog.recordedMany}.
 */
@ApplicationScoped
class OutcomeImportRepository {

    @Inject
    EntityManager em;

    void insertAll(List<ImportedOutcome> rows, String actorSubject) {
        int n = rows.size();
        Object[] ids = new Object[n], parts = new Object[n], progs = new Object[n], comps = new Object[n];
        String[] kinds = new String[n], buyers = new String[n], countries = new String[n], currencies = new String[n],
                statuses = new String[n], notes = new String[n];
        BigDecimal[] amounts = new BigDecimal[n];
        Date[] dates = new Date[n];
        for (int i = 0; i < n; i++) {
            ImportedOutcome r = rows.get(i);
            ids[i] = r.id();
            parts[i] = r.participation().id();
            progs[i] = r.participation().programmeId();
            comps[i] = r.participation().companyId();
            kinds[i] = r.kind().name();
            buyers[i] = r.buyerName();
            countries[i] = r.buyerCountry();
            amounts[i] = r.value().amount();
            currencies[i] = r.value().currency().getCurrencyCode();
            dates[i] = Date.valueOf(r.occurredOn());
            statuses[i] = r.status().name();
            notes[i] = r.note();
        }
        em.unwrap(Session.class).doWork(connection -> {
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outcomes (id, participation_id, programme_id, company_id, kind, buyer_name, buyer_country,
                        value_amount, value_currency, occurred_on, status, note, created_by, created_at, updated_at, version, signed_on)
                    select t.*, ?, ?, ?, 0, case when t.kind = ? and t.status = ? then t.occurred_on end
                    from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[],
                        ?::numeric[], ?::text[], ?::date[], ?::text[], ?::text[])
                        as t(id, participation_id, programme_id, company_id, kind, buyer_name, buyer_country, value_amount,
                             value_currency, occurred_on, status, note)
                    """)) {
                insert.setString(1, actorSubject);
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.setString(4, OutcomeKind.CONTRACT.name());
                insert.setString(5, OutcomeStatus.SIGNED.name());
                Array[] arrays = { connection.createArrayOf("uuid", ids), connection.createArrayOf("uuid", parts),
                        connection.createArrayOf("uuid", progs), connection.createArrayOf("uuid", comps),
                        connection.createArrayOf("text", kinds), connection.createArrayOf("text", buyers),
                        connection.createArrayOf("text", countries), connection.createArrayOf("numeric", amounts),
                        connection.createArrayOf("text", currencies), connection.createArrayOf("date", dates),
                        connection.createArrayOf("text", statuses), connection.createArrayOf("text", notes) };
                for (int i = 0; i < arrays.length; i++) {
                    insert.setArray(6 + i, arrays[i]);
                }
                insert.executeUpdate();
            }
        });
    }
}

package org.pavilion.report;

import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pavilion.participation.ParticipationStatus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Each agreement's facts as of a day, in one statement: its partners' names, its commitments by status and how many
 * are overdue (open, due before the day), its meetings (the last on or before the day, and how many in the 12 months
 * up to it), its linked programmes and the distinct companies taking part in them. The money comes from
 * {@link OutcomeFiguresQuery}, grouped by agreement.
 */
@ApplicationScoped
class AgreementFiguresQuery {

    @Inject
    ObjectMapper mapper;

    record Facts(UUID id, String title, List<String> partners, LocalDate endsOn, LocalDate terminatedOn, long planned,
            long inProgress, long done, long dropped, long overdue, LocalDate lastMeetingOn, long meetingsLast12Months,
            long programmes, long companies) {
    }

    List<Facts> asOf(ReportQuery.Session session, LocalDate asOf) throws SQLException {
        List<Object[]> rows = session.rows("""
                with c as (
                    select agreement_id,
                           count(*) filter (where status = 'PLANNED') as planned,
                           count(*) filter (where status = 'IN_PROGRESS') as in_progress,
                           count(*) filter (where status = 'DONE') as done,
                           count(*) filter (where status = 'DROPPED') as dropped,
                           count(*) filter (where status in ('PLANNED', 'IN_PROGRESS') and due_on < cast(:asOf as date)) as overdue
                      from commitments group by agreement_id
                ),
                m as (
                    select agreement_id,
                           max(held_on) filter (where held_on <= cast(:asOf as date)) as last_on,
                           count(*) filter (where held_on > cast(cast(:asOf as date) - interval '12 months' as date)
                                              and held_on <= cast(:asOf as date)) as last_12
                      from meetings group by agreement_id
                ),
                pr as (
                    select agreement_id, count(*) as programmes from programmes where agreement_id is not null group by agreement_id
                ),
                co as (
                    select p.agreement_id, count(distinct pa.company_id) as companies
                      from participations pa join programmes p on p.id = pa.programme_id
                     where p.agreement_id is not null and pa.status in (:taking)
                     group by p.agreement_id
                )
                select a.id, a.title,
                       (select coalesce(json_agg(pt.name order by ap.position), '[]')::text
                          from agreement_partners ap join partners pt on pt.id = ap.partner_id where ap.agreement_id = a.id),
                       a.ends_on, a.terminated_on,
                       coalesce(c.planned, 0), coalesce(c.in_progress, 0), coalesce(c.done, 0), coalesce(c.dropped, 0),
                       coalesce(c.overdue, 0), m.last_on, coalesce(m.last_12, 0), coalesce(pr.programmes, 0),
                       coalesce(co.companies, 0)
                  from agreements a
                  left join c on c.agreement_id = a.id
                  left join m on m.agreement_id = a.id
                  left join pr on pr.agreement_id = a.id
                  left join co on co.agreement_id = a.id
                 order by a.title, a.id
                """, Map.of("asOf", asOf, "taking", ParticipationStatus.receivingSupport().stream().map(Enum::name).toList()));
        List<Facts> facts = new ArrayList<>();
        for (Object[] r : rows) {
            facts.add(new Facts((UUID) r[0], (String) r[1], names((String) r[2]), date(r[3]), date(r[4]), count(r[5]), count(r[6]),
                    count(r[7]), count(r[8]), count(r[9]), date(r[10]), count(r[11]), count(r[12]), count(r[13])));
        }
        return facts;
    }

    private List<String> names(String json) {
        try {
            return List.of(mapper.readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Partner names answered unreadable JSON", e);
        }
    }

    private static LocalDate date(Object value) {
        return value == null ? null : ((Date) value).toLocalDate();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}

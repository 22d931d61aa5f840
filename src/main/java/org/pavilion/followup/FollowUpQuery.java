package org.pavilion.followup;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.pavilion.followup.FollowUpViews.RoundView;
import org.pavilion.participation.ParticipationStatus;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.security.CompanyScope;

/**
 * Follow-up rounds, computed in one SQL statement from the schedules (the default where none is stored), the
 * reference dates (the fair's end, else the programme's activityEndsOn) and the submissions, for ATTENDED
 * participations. A round opens at reference date + M months (PostgreSQL clamps month ends as
 * {@code LocalDate.plusMonths} does) and is due 14 days later; its status is taken on the given Seoul date.
 */
@ApplicationScoped
class FollowUpQuery {

    /**
     * The rounds of ATTENDED participations (filtered by a where clause on {@code p}), with their opening dates; a
     * common table expression named {@code rounds}. It binds {@code :attended} and {@code :defaultMonths}.
     */
    private static final String ROUNDS = """
            rounds as (
                select p.id as participation_id, p.company_id, c.name_ko as company_name, p.programme_id, m.month,
                       cast(coalesce(f.ends_on, pr.activity_ends_on) + make_interval(months => m.month) as date) as opens_on
                  from participations p
                  join programmes pr on pr.id = p.programme_id
                  left join fairs f on f.id = pr.fair_id
                  join companies c on c.id = p.company_id
                  left join follow_up_schedules s on s.programme_id = p.programme_id
                  cross join unnest(coalesce(s.months, cast(:defaultMonths as integer[]))) as m(month)
                 where %s and coalesce(f.ends_on, pr.activity_ends_on) is not null
            )""";

    @Inject
    EntityManager em;

    /** Filters of the rounds list; null means any. */
    record Filter(UUID programmeId, UUID participationId, FollowUpStatus status, CompanyScope companies) {
    }

    Page<RoundView> rounds(Filter filter, LocalDate today, PageRequest page) {
        StringBuilder where = new StringBuilder("p.status = :attended");
        if (filter.programmeId() != null) {
            where.append(" and p.programme_id = :programme");
        }
        if (filter.participationId() != null) {
            where.append(" and p.id = :participation");
        }
        if (!filter.companies().all()) {
            where.append(" and p.company_id in (:companies)");
        }
        Query query = em.createNativeQuery("""
                with %s, statused as (
                    select r.*, r.opens_on + :days as due_on, sub.submitted_at, sub.submitted_by, sub.note,
                           case when sub.participation_id is not null then 'SUBMITTED'
                                when :today < r.opens_on then 'UPCOMING'
                                when :today <= r.opens_on + :days then 'DUE'
                                else 'OVERDUE' end as status
                      from rounds r
                      left join follow_up_submissions sub on sub.participation_id = r.participation_id and sub.month = r.month
                )
                select participation_id, company_id, company_name, programme_id, month, opens_on, due_on, status,
                       submitted_at, submitted_by, note, count(*) over () as total
                  from statused
                 where %s
                 order by due_on, company_name, participation_id, month
                 limit :limit offset :offset
                """.formatted(ROUNDS.formatted(where), filter.status() == null ? "true" : "status = :status"));
        query.setParameter("attended", ParticipationStatus.ATTENDED.name());
        query.setParameter("defaultMonths", defaultMonths());
        query.setParameter("days", FollowUpSchedule.DAYS_TO_SUBMIT);
        query.setParameter("today", Date.valueOf(today));
        if (filter.status() != null) {
            query.setParameter("status", filter.status().name());
        }
        query.setParameter("limit", page.size());
        query.setParameter("offset", page.offset());
        if (filter.programmeId() != null) {
            query.setParameter("programme", filter.programmeId());
        }
        if (filter.participationId() != null) {
            query.setParameter("participation", filter.participationId());
        }
        if (!filter.companies().all()) {
            query.setParameter("companies", filter.companies().companies().isEmpty() ? List.of(new UUID(0, 0))
                    : filter.companies().companies());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<RoundView> items = new ArrayList<>();
        long total = 0;
        for (Object[] r : rows) {
            items.add(new RoundView((UUID) r[0], (UUID) r[1], (String) r[2], (UUID) r[3], ((Number) r[4]).intValue(),
                    localDate(r[5]), localDate(r[6]), FollowUpStatus.valueOf((String) r[7]),
                    r[8] == null ? null : instant(r[8]), (String) r[9], (String) r[10]));
            total = ((Number) r[11]).longValue();
        }
        return Page.of(items, page, total);
    }

    /** A round announced for the first time: opened (DUE) or become OVERDUE. */
    record Notice(UUID participationId, UUID companyId, UUID programmeId, String programmeName, int month, LocalDate opensOn,
            LocalDate dueOn, String kind) {
    }

    /**
     * Records, and answers, the rounds not yet announced that opened, or became overdue, on or after {@code since}
     * and are still unsubmitted on {@code today}: one statement, each announcement at most once (the notices'
     * primary key; concurrent runs skip what another inserted). Only on the instance holding the notices lock.
     */
    List<Notice> recordNewNotices(LocalDate today, LocalDate since) {
        boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended('follow-up-notices', 0))")
                .getSingleResult();
        if (!mine) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with %s, fresh as (
                    select r.participation_id, r.company_id, r.programme_id, r.month, r.opens_on, r.opens_on + :days as due_on,
                           case when :today <= r.opens_on + :days then 'OPENED' else 'OVERDUE' end as kind
                      from rounds r
                     where not exists (select 1 from follow_up_submissions sub
                                        where sub.participation_id = r.participation_id and sub.month = r.month)
                       and r.opens_on <= :today
                       and case when :today <= r.opens_on + :days then r.opens_on else r.opens_on + :days + 1 end >= :since
                ), inserted as (
                    insert into follow_up_notices (participation_id, month, kind, noticed_at)
                    select participation_id, month, kind, now() from fresh
                    on conflict do nothing
                    returning participation_id, month, kind
                )
                select f.participation_id, f.company_id, f.programme_id, pr.name, f.month, f.opens_on, f.due_on, f.kind
                  from inserted i
                  join fresh f on f.participation_id = i.participation_id and f.month = i.month and f.kind = i.kind
                  join programmes pr on pr.id = f.programme_id
                 order by f.due_on, f.participation_id, f.month
                """.formatted(ROUNDS.formatted("p.status = :attended")))
                .setParameter("attended", ParticipationStatus.ATTENDED.name())
                .setParameter("defaultMonths", defaultMonths())
                .setParameter("days", FollowUpSchedule.DAYS_TO_SUBMIT)
                .setParameter("today", Date.valueOf(today))
                .setParameter("since", Date.valueOf(since))
                .getResultList();
        return rows.stream().map(r -> new Notice((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], ((Number) r[4]).intValue(),
                localDate(r[5]), localDate(r[6]), (String) r[7])).toList();
    }

    private static String defaultMonths() {
        return FollowUpSchedule.DEFAULT_MONTHS.stream().map(String::valueOf).reduce((a, b) -> a + "," + b)
                .map(s -> "{" + s + "}").orElseThrow();
    }

    /** Records a submission; false when the round was already submitted (also by a concurrent request). */
    boolean submit(UUID participationId, int month, String note, String subject) {
        return em.createNativeQuery("""
                insert into follow_up_submissions (participation_id, month, note, submitted_by, submitted_at)
                values (:participation, :month, :note, :subject, now()) on conflict do nothing
                """).setParameter("participation", participationId).setParameter("month", month).setParameter("note", note)
                .setParameter("subject", subject).executeUpdate() == 1;
    }

    /** The reference date of a programme: its fair's end, else its activityEndsOn; null with neither. */
    LocalDate referenceDateOf(UUID programmeId) {
        List<?> rows = em.createNativeQuery("""
                select coalesce(f.ends_on, pr.activity_ends_on) from programmes pr left join fairs f on f.id = pr.fair_id
                 where pr.id = :programme
                """).setParameter("programme", programmeId).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : localDate(rows.get(0));
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof OffsetDateTime o ? o.toInstant()
                : (Instant) value;
    }
}

package org.pavilion.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pavilion.company.CompanyAccess;
import org.pavilion.followup.FollowUpViews.RoundView;
import org.pavilion.followup.FollowUpViews.ScheduleView;
import org.pavilion.notification.EventType;
import org.pavilion.notification.Outbox;
import org.pavilion.participation.ParticipationService;
import org.pavilion.participation.ParticipationService.ParticipantRef;
import org.pavilion.participation.ParticipationStatus;
import org.pavilion.programme.ProgrammeLedger;
import org.pavilion.shared.audit.AuditLog;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.security.CompanyScope;
import org.pavilion.shared.security.CurrentUser;
import org.pavilion.shared.web.BusinessDate;
import org.pavilion.shared.web.ETags;
import org.pavilion.shared.web.PlainText;
import org.pavilion.shared.web.Versioned;

/** Follow-up schedules and rounds: what each attending company reports, and who is late. */
@ApplicationScoped
class FollowUpService {

    static final String SCHEDULE = "follow-up-schedule";
    static final String ROUND = "follow-up";

    @Inject
    FollowUpScheduleRepository schedules;

    @Inject
    FollowUpQuery rounds;

    @Inject
    ProgrammeLedger programmes;

    @Inject
    ParticipationService participations;

    @Inject
    CompanyAccess companies;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    CurrentUser user;

    @Transactional
    Versioned<ScheduleView> reschedule(UUID programmeId, List<Integer> months, String ifMatch) {
        requireProgramme(programmeId);
        Optional<FollowUpSchedule> existing = schedules.findForUpdate(programmeId);
        FollowUpSchedule schedule;
        List<Integer> before;
        if (existing.isPresent()) {
            schedule = existing.get();
            ETags.requireMatch(ifMatch, schedule.version);
            before = schedule.months();
            schedule.reschedule(months);
        } else {
            ETags.requireMatch(ifMatch, 0);
            before = FollowUpSchedule.DEFAULT_MONTHS;
            schedule = FollowUpSchedule.of(programmeId, months);
            schedules.persist(schedule);
        }
        schedules.flush();
        audit.changed("rescheduled", SCHEDULE, programmeId, Map.of("months", before), Map.of("months", months));
        return new Versioned<>(view(programmeId, schedule), schedule.version);
    }

    @Transactional
    Versioned<ScheduleView> schedule(UUID programmeId) {
        requireProgramme(programmeId);
        Optional<FollowUpSchedule> schedule = schedules.findByIdOptional(programmeId);
        return new Versioned<>(view(programmeId, schedule.orElse(null)), schedule.map(s -> s.version).orElse(0L));
    }

    /** A participation's rounds (all of them: at most eight). */
    @Transactional
    Page<RoundView> ofParticipation(UUID participationId) {
        ParticipantRef participation = participations.requireVisible(participationId);
        return rounds.rounds(new FollowUpQuery.Filter(null, participation.id(), null, CompanyScope.everyCompany()),
                BusinessDate.today(), PageRequest.of("0", "8"));
    }

    /** Rounds across programmes, the soonest due first: who is late. An SME gets its own companies' only. */
    @Transactional
    Page<RoundView> search(UUID programmeId, FollowUpStatus status, PageRequest page) {
        return rounds.rounds(new FollowUpQuery.Filter(programmeId, null, status, companies.visibleCompanies()),
                BusinessDate.today(), page);
    }

    /**
     * The SME (or an officer) confirms the participation's outcomes are up to date for one round: 404 for a month
     * not in the schedule; 409 unless the participation is ATTENDED and the round DUE or OVERDUE.
     */
    @Transactional
    RoundView submit(UUID participationId, int month, String note) {
        ParticipantRef participation = participations.requireVisible(participationId);
        List<Integer> months = schedules.findByIdOptional(participation.programmeId()).map(FollowUpSchedule::months)
                .orElse(FollowUpSchedule.DEFAULT_MONTHS);
        if (!months.contains(month)) {
            throw new ApiProblem.NotFound("follow-up round");
        }
        if (participation.status() != ParticipationStatus.ATTENDED) {
            throw new ApiProblem.Conflict("not-attended", "Not attended",
                    "Follow-up rounds belong to ATTENDED participations; this one is " + participation.status() + ".");
        }
        RoundView round = roundOf(participationId, month)
                .orElseThrow(() -> new ApiProblem.Conflict("no-reference-date", "No reference date",
                        "The programme has neither a fair nor an activityEndsOn, so its rounds have no dates yet."));
        if (round.status() == FollowUpStatus.UPCOMING || round.status() == FollowUpStatus.SUBMITTED) {
            throw new ApiProblem.Conflict("round-not-open", "Round not open",
                    "This round is " + round.status() + "; only a DUE or OVERDUE round can be submitted (it opens on "
                            + round.opensOn() + ").");
        }
        String text = PlainText.trimToNull(note);
        if (!rounds.submit(participationId, month, text, user.subject())) {
            throw new ApiProblem.Conflict("round-not-open", "Round not open", "This round has just been submitted.");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("month", month);
        after.put("note", text);
        audit.recorded("submitted", ROUND, participationId, null, after);
        RoundView submitted = roundOf(participationId, month).orElseThrow();
        outbox.publish(EventType.FOLLOW_UP_SUBMITTED, FollowUpNotices.event(submitted));
        return submitted;
    }

    private Optional<RoundView> roundOf(UUID participationId, int month) {
        return ofParticipation(participationId).items().stream().filter(r -> r.month() == month).findFirst();
    }

    private ScheduleView view(UUID programmeId, FollowUpSchedule schedule) {
        return new ScheduleView(programmeId, schedule == null ? FollowUpSchedule.DEFAULT_MONTHS : schedule.months(),
                rounds.referenceDateOf(programmeId), schedule != null);
    }

    private void requireProgramme(UUID programmeId) {
        programmes.find(programmeId).orElseThrow(() -> new ApiProblem.NotFound("programme"));
    }
}

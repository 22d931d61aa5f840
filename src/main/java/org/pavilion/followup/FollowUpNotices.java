package org.pavilion.followup;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pavilion.followup.FollowUpQuery.Notice;
import org.pavilion.followup.FollowUpViews.RoundView;
import org.pavilion.notification.EventType;
import org.pavilion.notification.MailKind;
import org.pavilion.notification.Outbox;
import org.pavilion.shared.web.BusinessDate;

import io.quarkus.scheduler.Scheduled;

/**
 * Announces follow-up rounds as time moves them: a round that opens is mailed to the company; one that becomes
 * overdue is mailed and sent as the {@code follow-up.overdue} event. A scheduled job that does its work on one
 * instance at a time (an advisory lock) and announces each round's opening and lateness once (a primary key). Only
 * rounds that opened or became overdue within the last {@code pavilion.follow-ups.notice-window} days are announced,
 * so the first run after an upgrade does not mail years of history.
 */
@ApplicationScoped
public class FollowUpNotices {

    @Inject
    FollowUpQuery rounds;

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "pavilion.follow-ups.notice-window", defaultValue = "7")
    int windowDays;

    @Scheduled(every = "${pavilion.follow-ups.notice-every:15m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        announce(BusinessDate.today());
    }

    /** The number of rounds announced now (0 when another instance holds the job). */
    @Transactional
    public int announce(LocalDate today) {
        int announced = 0;
        for (Notice notice : rounds.recordNewNotices(today, today.minus(Period.ofDays(windowDays)))) {
            Map<String, Object> mail = new LinkedHashMap<>();
            mail.put("programmeName", notice.programmeName());
            mail.put("month", notice.month());
            mail.put("dueOn", notice.dueOn().toString());
            if ("OPENED".equals(notice.kind())) {
                outbox.mail(notice.companyId(), MailKind.FOLLOW_UP_OPENED, mail);
            } else {
                outbox.publish(EventType.FOLLOW_UP_OVERDUE, event(notice.participationId(), notice.month(),
                        FollowUpStatus.OVERDUE, notice.companyId(), notice.programmeId(), notice.opensOn(), notice.dueOn()));
                outbox.mail(notice.companyId(), MailKind.FOLLOW_UP_OVERDUE, mail);
            }
            announced++;
        }
        return announced;
    }

    /** The data of a round's events. */
    static Map<String, Object> event(RoundView round) {
        return event(round.participationId(), round.month(), round.status(), round.companyId(), round.programmeId(),
                round.opensOn(), round.dueOn());
    }

    private static Map<String, Object> event(UUID participationId, int month, FollowUpStatus status, UUID companyId,
            UUID programmeId, LocalDate opensOn, LocalDate dueOn) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("participationId", participationId);
        event.put("month", month);
        event.put("status", status.name());
        event.put("companyId", companyId);
        event.put("programmeId", programmeId);
        event.put("opensOn", opensOn.toString());
        event.put("dueOn", dueOn.toString());
        return event;
    }
}

package org.pavilion.participation;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pavilion.notification.EventType;
import org.pavilion.notification.MailKind;
import org.pavilion.notification.Outbox;
import org.pavilion.programme.ProgrammeLedger;

/**
 * What a participation's status change tells the outside, in the change's transaction: a
 * {@code participation.status-changed} event, and an e-mail to the company when its application was decided
 * (selected, waitlisted or rejected, also when it moves up from the waitlist or an officer registers it).
 */
@ApplicationScoped
class ParticipationNotices {

    private static final Set<ParticipationStatus> DECISIONS = EnumSet.of(ParticipationStatus.SELECTED,
            ParticipationStatus.WAITLISTED, ParticipationStatus.REJECTED);

    @Inject
    Outbox outbox;

    @Inject
    ProgrammeLedger programmes;

    /** {@code previous} is null for a participation created in its first status. */
    @Transactional(Transactional.TxType.MANDATORY)
    void statusChanged(Participation p, ParticipationStatus previous) {
        statusChanged(p, previous, null);
    }

    /** The same, for a caller that already knows the programme's name (a committee decision on many at once). */
    @Transactional(Transactional.TxType.MANDATORY)
    void statusChanged(Participation p, ParticipationStatus previous, String programmeName) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", p.id);
        data.put("status", p.status.name());
        data.put("previousStatus", previous == null ? null : previous.name());
        data.put("companyId", p.companyId);
        data.put("programmeId", p.programmeId);
        data.put("waitlistPosition", p.waitlistPosition);
        outbox.publish(EventType.PARTICIPATION_STATUS_CHANGED, data);
        boolean fromApplication = previous == null || previous == ParticipationStatus.APPLIED
                || previous == ParticipationStatus.WAITLISTED;
        if (fromApplication && DECISIONS.contains(p.status) && previous != p.status) {
            Map<String, Object> mail = new LinkedHashMap<>();
            mail.put("callName", programmeName != null ? programmeName
                    : programmes.find(p.programmeId).map(ProgrammeLedger.ProgrammeRef::name).orElse(""));
            mail.put("status", p.status.name());
            if (p.waitlistPosition != null) {
                mail.put("waitlistPosition", p.waitlistPosition);
            }
            if (p.statusReason != null && p.status == ParticipationStatus.REJECTED) {
                mail.put("reason", p.statusReason);
            }
            outbox.mail(p.companyId, MailKind.APPLICATION_DECIDED, mail);
        }
    }
}

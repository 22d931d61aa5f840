package org.pavilion.agreement;

import java.time.LocalDate;

/**
 * An agreement's status on a day, never stored: {@code TERMINATED} from the day it was terminated, else {@code EXPIRED}
 * the day after {@code endsOn}, else {@code ACTIVE} (an agreement without an end date never expires).
 */
public enum AgreementStatus {
    ACTIVE, EXPIRED, TERMINATED;

    public static AgreementStatus on(LocalDate day, LocalDate endsOn, LocalDate terminatedOn) {
        if (terminatedOn != null && !terminatedOn.isAfter(day)) {
            return TERMINATED;
        }
        if (endsOn != null && day.isAfter(endsOn)) {
            return EXPIRED;
        }
        return ACTIVE;
    }
}

package org.pavilion.followup;

/** Where a follow-up round stands on a given (Seoul) date. */
public enum FollowUpStatus {
    /** Before it opens. */
    UPCOMING,
    /** Open, and not yet past its due date. */
    DUE,
    /** Past its due date without a submission. */
    OVERDUE,
    SUBMITTED
}

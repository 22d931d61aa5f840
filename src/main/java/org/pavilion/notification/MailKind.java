package org.pavilion.notification;

/**
 * The e-mails a company receives, each from the Qute template {@code templates/mail/<template>.txt} with the fragments
 * {@code subject_ko}, {@code body_ko}, {@code subject_en} and {@code body_en}.
 */
public enum MailKind {
    /** Its application to a programme or for a voucher was decided (selected, waitlisted, rejected, approved). */
    APPLICATION_DECIDED("application-decided"),
    /** Its voucher claim was approved or rejected. */
    CLAIM_DECIDED("claim-decided"),
    /** Its voucher claim was paid. */
    CLAIM_PAID("claim-paid"),
    /** A follow-up round opened: the company may report its results. */
    FOLLOW_UP_OPENED("follow-up-opened"),
    /** A follow-up round is past its due date without a report. */
    FOLLOW_UP_OVERDUE("follow-up-overdue");

    private final String template;

    MailKind(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }
}

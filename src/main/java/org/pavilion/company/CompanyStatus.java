package org.pavilion.company;

public enum CompanyStatus {
    /** Registered by an SME; an officer has not checked it yet. */
    PENDING_VERIFICATION,
    /** Checked by an officer (or registered by one): may take part in programmes. */
    VERIFIED,
    /** Barred from new participations and applications. */
    SUSPENDED
}

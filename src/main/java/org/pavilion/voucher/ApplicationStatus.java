package org.pavilion.voucher;

import java.util.EnumSet;
import java.util.Set;

/** A voucher application's status, and the transitions the contract allows: only APPLIED moves on. */
enum ApplicationStatus {
    APPLIED, APPROVED, REJECTED, WITHDRAWN;

    /** The statuses that block a second application of the same company to the same programme. */
    static final Set<ApplicationStatus> ACTIVE = EnumSet.of(APPLIED, APPROVED);

    Set<ApplicationStatus> next() {
        return this == APPLIED ? EnumSet.of(APPROVED, REJECTED, WITHDRAWN) : EnumSet.noneOf(ApplicationStatus.class);
    }

    boolean canBecome(ApplicationStatus target) {
        return next().contains(target);
    }
}

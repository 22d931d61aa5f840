package org.pavilion.voucher;

import java.util.EnumSet;
import java.util.Set;

/** A claim's status: SUBMITTED is decided (APPROVED keeps the reservation, REJECTED releases it); APPROVED is PAID. */
enum ClaimStatus {
    SUBMITTED, APPROVED, REJECTED, PAID;

    /** The statuses in which a claim holds its invoice against any other claim of it. */
    static final Set<ClaimStatus> HOLDING_THEIR_INVOICE = EnumSet.of(SUBMITTED, APPROVED, PAID);

    Set<ClaimStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED -> EnumSet.of(PAID);
            case REJECTED, PAID -> EnumSet.noneOf(ClaimStatus.class);
        };
    }

    boolean canBecome(ClaimStatus target) {
        return next().contains(target);
    }

    /** A live claim holds its invoice: the same invoice on another live claim is double funding. */
    boolean holdsItsInvoice() {
        return HOLDING_THEIR_INVOICE.contains(this);
    }
}

package org.pavilion.voucher;

import java.util.EnumSet;
import java.util.Set;

/** A claim's status: SUBMITTED is decided (APPROVED keeps the reservation, REJECTED releases it); APPROVED is PAID. */
enum ClaimStatus {
    SUBMITTED, APPROVED, REJECTED, PAID;

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
        return this != REJECTED;
    }
}

package org.pavilion.outcome;

import java.util.EnumSet;
import java.util.Set;

public enum OutcomeKind {
    CONSULTATION, CONTRACT;

    /** The statuses of a kind: a consultation is followed up, a contract pursued. */
    public Set<OutcomeStatus> statuses() {
        return this == CONSULTATION ? EnumSet.of(OutcomeStatus.OPEN, OutcomeStatus.FOLLOW_UP, OutcomeStatus.CLOSED)
                : EnumSet.of(OutcomeStatus.PURSUING, OutcomeStatus.SIGNED, OutcomeStatus.CANCELLED);
    }
}

package org.pavilion.agreement;

import java.util.EnumSet;
import java.util.Set;

/** A commitment's status: PLANNED starts (IN_PROGRESS) or is DROPPED; IN_PROGRESS is DONE or DROPPED; those two are final. */
public enum CommitmentStatus {
    PLANNED, IN_PROGRESS, DONE, DROPPED;

    Set<CommitmentStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(IN_PROGRESS, DROPPED);
            case IN_PROGRESS -> EnumSet.of(DONE, DROPPED);
            case DONE, DROPPED -> EnumSet.noneOf(CommitmentStatus.class);
        };
    }

    boolean canBecome(CommitmentStatus target) {
        return next().contains(target);
    }

    /** Still to be carried out: PLANNED or IN_PROGRESS (overdue once past its due date). */
    boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}

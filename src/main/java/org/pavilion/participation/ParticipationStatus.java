package org.pavilion.participation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A company's status in a programme, and the transitions the contract allows. */
public enum ParticipationStatus {
    APPLIED, WAITLISTED, SELECTED, CONFIRMED, ATTENDED, NO_SHOW, REJECTED, WITHDRAWN;

    static final Set<ParticipationStatus> INACTIVE = EnumSet.of(REJECTED, WITHDRAWN);
    static final Set<ParticipationStatus> RECEIVES_SUPPORT = EnumSet.of(SELECTED, CONFIRMED, ATTENDED);

    /** The statuses that receive support (and count as a programme's participating companies in reports). */
    public static Set<ParticipationStatus> receivingSupport() {
        return Collections.unmodifiableSet(RECEIVES_SUPPORT);
    }

    Set<ParticipationStatus> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(SELECTED, WAITLISTED, REJECTED, WITHDRAWN);
            case WAITLISTED -> EnumSet.of(SELECTED, REJECTED, WITHDRAWN);
            case SELECTED -> EnumSet.of(CONFIRMED, WITHDRAWN);
            case CONFIRMED -> EnumSet.of(ATTENDED, NO_SHOW, WITHDRAWN);
            case ATTENDED, NO_SHOW, REJECTED, WITHDRAWN -> EnumSet.noneOf(ParticipationStatus.class);
        };
    }

    boolean canBecome(ParticipationStatus target) {
        return next().contains(target);
    }

    boolean receivesSupport() {
        return RECEIVES_SUPPORT.contains(this);
    }
}

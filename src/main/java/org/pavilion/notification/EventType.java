package org.pavilion.notification;

import java.util.Arrays;
import java.util.Optional;

/** The events a webhook may subscribe to, by their names on the wire ({@code type} of a delivery). */
public enum EventType {
    PARTICIPATION_STATUS_CHANGED("participation.status-changed"),
    ALLOCATION_CREATED("allocation.created"),
    ALLOCATION_CANCELLED("allocation.cancelled"),
    DISBURSEMENT_CREATED("disbursement.created"),
    VOUCHER_APPLICATION_DECIDED("voucher-application.decided"),
    CLAIM_STATUS_CHANGED("claim.status-changed"),
    OUTCOME_VERIFIED("outcome.verified"),
    FOLLOW_UP_SUBMITTED("follow-up.submitted"),
    FOLLOW_UP_OVERDUE("follow-up.overdue"),
    SELECTION_DECIDED("selection.decided");

    /** Subscribes to every event. */
    public static final String ALL = "*";

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    static Optional<EventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}

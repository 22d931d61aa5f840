package org.pavilion.outcome;

public enum OutcomeStatus {
    OPEN, FOLLOW_UP, CLOSED, PURSUING, SIGNED, CANCELLED
}

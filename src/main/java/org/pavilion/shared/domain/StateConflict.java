package org.pavilion.shared.domain;

/** The resource's state does not allow this change (an illegal status transition, a duplicate). */
public final class StateConflict extends DomainRefusal {

    public StateConflict(String type, String title, String detail) {
        super(type, title, detail);
    }

    /** A status machine refusing a transition. */
    public static StateConflict illegalTransition(String detail) {
        return new StateConflict("illegal-transition", "Illegal status transition", detail);
    }
}

package org.pavilion.shared.domain;

/** A business rule refuses the change: budget-exceeded, cap-exceeded, voucher-expired, ... */
public final class BrokenRule extends DomainRefusal {

    public BrokenRule(String type, String title, String detail) {
        super(type, title, detail);
    }
}

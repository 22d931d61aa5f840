package org.pavilion.voucher;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/** A band of annual revenue and the government's share a voucher gets in it; the last band has no upper bound. */
@Embeddable
class ShareTier {

    /** The band holds revenues below this (KRW); null for the last, unbounded band. */
    BigDecimal revenueBelow;
    BigDecimal governmentShare;

    protected ShareTier() {
    }

    ShareTier(BigDecimal revenueBelow, BigDecimal governmentShare) {
        this.revenueBelow = revenueBelow;
        this.governmentShare = governmentShare;
    }

    boolean holds(BigDecimal revenue) {
        return revenueBelow == null || revenue.compareTo(revenueBelow) < 0;
    }
}

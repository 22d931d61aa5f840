package org.pavilion.selection;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One weighted criterion of a call's review: reviewers score it 0..100. */
@Embeddable
class Criterion {

    @Column(name = "key")
    String key;
    String label;
    BigDecimal weight;

    protected Criterion() {
    }

    Criterion(String key, String label, BigDecimal weight) {
        this.key = key;
        this.label = label;
        this.weight = weight;
    }

    /** Same key and same weight (the label may change at any time). */
    boolean weighsAs(Criterion other) {
        return key.equals(other.key) && weight.compareTo(other.weight) == 0;
    }
}

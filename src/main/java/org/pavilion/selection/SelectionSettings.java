package org.pavilion.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.pavilion.shared.domain.StateConflict;
import org.pavilion.shared.domain.Timestamps;

/**
 * How a call selects: the seats it fills, the reviews each application needs, and the weighted criteria.
 * Once a review exists, the criteria (keys and weights) are fixed, so that every review of the call is
 * scored on the same scale; labels, seats and the reviews required may still change.
 */
@Entity
@Table(name = "selection_settings")
class SelectionSettings {

    @Id
    UUID callId;
    @Enumerated(EnumType.STRING)
    CallKind callKind;
    int seats;
    int reviewsRequired;
    @ElementCollection
    @CollectionTable(name = "selection_criteria", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    List<Criterion> criteria = new ArrayList<>();
    Instant createdAt;
    Instant updatedAt;
    @Version
    long version;

    protected SelectionSettings() {
    }

    static SelectionSettings of(UUID callId, CallKind kind, int seats, int reviewsRequired, List<Criterion> criteria) {
        SelectionSettings s = new SelectionSettings();
        s.callId = callId;
        s.callKind = kind;
        s.seats = seats;
        s.reviewsRequired = reviewsRequired;
        s.criteria = new ArrayList<>(criteria);
        s.createdAt = Timestamps.now();
        s.updatedAt = s.createdAt;
        return s;
    }

    /** New settings; once the call has a review, a change of any criterion's key or weight, or of their number, is 409. */
    void reconfigure(int seats, int reviewsRequired, List<Criterion> newCriteria, boolean reviewed) {
        if (reviewed && !sameScale(newCriteria)) {
            throw new StateConflict("criteria-locked", "Criteria locked",
                    "Reviews have been submitted under these criteria: their keys and weights can no longer change "
                            + "(labels, seats and the reviews required still can).");
        }
        this.seats = seats;
        this.reviewsRequired = reviewsRequired;
        this.criteria.clear();
        this.criteria.addAll(newCriteria);
        this.updatedAt = Timestamps.now();
    }

    private boolean sameScale(List<Criterion> other) {
        if (other.size() != criteria.size()) {
            return false;
        }
        Map<String, Criterion> byKey = criteria.stream().collect(Collectors.toMap(c -> c.key, c -> c));
        return other.stream().allMatch(c -> byKey.containsKey(c.key) && byKey.get(c.key).weighsAs(c));
    }

    /** Whether the scores name exactly this call's criteria. */
    boolean namesExactly(Set<String> keys) {
        return keys.equals(criteria.stream().map(c -> c.key).collect(Collectors.toSet()));
    }

    /** Σ weight · score over the criteria (the scores must name exactly the criteria). */
    BigDecimal weightedTotal(Map<String, Integer> scores) {
        return criteria.stream().map(c -> c.weight.multiply(BigDecimal.valueOf(scores.get(c.key))))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal weightTotal() {
        return criteria.stream().map(c -> c.weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("seats", seats);
        s.put("reviewsRequired", reviewsRequired);
        s.put("criteria", criteria.stream().map(c -> Map.of("key", c.key, "label", c.label, "weight", c.weight.toPlainString()))
                .toList());
        return s;
    }
}

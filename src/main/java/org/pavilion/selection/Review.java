package org.pavilion.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.security.Actor;

/**
 * One reviewer's review of one application: scores per criterion, or a declared conflict of interest
 * (no scores). Its weighted score is Σ weight·score ÷ Σ weight, kept as the two exact sums so that the
 * ranking can average reviews at full precision and round once.
 */
@Entity
@Table(name = "reviews")
class Review {

    @Id
    UUID id;
    UUID callId;
    UUID applicationId;
    String reviewerSubject;
    String reviewerName;
    boolean conflictOfInterest;
    @ElementCollection
    @CollectionTable(name = "review_scores", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "criterion_key")
    @Column(name = "score")
    Map<String, Integer> scores = new TreeMap<>();
    BigDecimal weightedTotal;
    BigDecimal weightTotal;
    String comment;
    Instant submittedAt;

    protected Review() {
    }

    /** A scored review under the call's settings (the scores name exactly its criteria). */
    static Review scored(SelectionSettings settings, UUID applicationId, Actor reviewer, Map<String, Integer> scores,
            String comment) {
        Review r = open(settings.callId, applicationId, reviewer, comment);
        r.scores.putAll(scores);
        r.weightedTotal = settings.weightedTotal(scores);
        r.weightTotal = settings.weightTotal();
        return r;
    }

    /** A declaration of a conflict of interest: the reviewer abstains on this application. */
    static Review conflict(UUID callId, UUID applicationId, Actor reviewer, String comment) {
        Review r = open(callId, applicationId, reviewer, comment);
        r.conflictOfInterest = true;
        return r;
    }

    private static Review open(UUID callId, UUID applicationId, Actor reviewer, String comment) {
        Review r = new Review();
        r.id = UUID.randomUUID();
        r.callId = callId;
        r.applicationId = applicationId;
        r.reviewerSubject = reviewer.subject();
        r.reviewerName = reviewer.name();
        r.comment = comment;
        r.submittedAt = Timestamps.now();
        return r;
    }

    /** Σ weight·score ÷ Σ weight, rounded once to 2 decimals (HALF_EVEN); null for a conflict declaration. */
    BigDecimal weightedScore() {
        return conflictOfInterest ? null : weightedTotal.divide(weightTotal, 2, RoundingMode.HALF_EVEN);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("applicationId", applicationId);
        s.put("reviewer", reviewerSubject);
        s.put("conflictOfInterest", conflictOfInterest);
        s.put("scores", conflictOfInterest ? null : new TreeMap<>(scores));
        s.put("weightedScore", conflictOfInterest ? null : weightedScore().toPlainString());
        return s;
    }
}

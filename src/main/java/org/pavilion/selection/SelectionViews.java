package org.pavilion.selection;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Response bodies of selection. Reviews are never shown to an SME. */
final class SelectionViews {

    private SelectionViews() {
    }

    @Schema(name = "SelectionSettings")
    record SettingsView(@Schema(description = "The programme or voucher programme") UUID programmeId, int seats,
            int reviewsRequired, List<CriterionView> criteria, Instant updatedAt,
            @JsonIgnore @Schema(hidden = true) long version) {

        static SettingsView of(SelectionSettings s) {
            return new SettingsView(s.callId, s.seats, s.reviewsRequired,
                    s.criteria.stream().map(c -> new CriterionView(c.key, c.label, c.weight.toPlainString())).toList(),
                    s.updatedAt, s.version);
        }
    }

    @Schema(name = "Criterion")
    record CriterionView(String key, String label, @Schema(example = "30") String weight) {
    }

    @Schema(name = "PanelMember")
    record PanelMemberView(String subject, String name, Instant addedAt) {

        static PanelMemberView of(PanelMember m) {
            return new PanelMemberView(m.subject, m.name, m.addedAt);
        }
    }

    @Schema(name = "Reviewer")
    record ReviewerView(String subject, String name) {
    }

    @Schema(name = "Review")
    record ReviewView(UUID id, UUID applicationId, ReviewerView reviewer, boolean conflictOfInterest,
            @Schema(description = "Per criterion key, 0..100; null for a conflict declaration") Map<String, Integer> scores,
            @Schema(example = "76.40", description = "Σ weight·score ÷ Σ weight, rounded once to 2 decimals (HALF_EVEN); null for a conflict declaration") String weightedScore,
            String comment, Instant submittedAt) {

        static ReviewView of(Review r) {
            return new ReviewView(r.id, r.applicationId, new ReviewerView(r.reviewerSubject, r.reviewerName),
                    r.conflictOfInterest, r.conflictOfInterest ? null : new TreeMap<>(r.scores),
                    r.conflictOfInterest ? null : r.weightedScore().toPlainString(), r.comment, r.submittedAt);
        }
    }
}

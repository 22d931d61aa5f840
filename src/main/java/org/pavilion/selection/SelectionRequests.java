package org.pavilion.selection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Request bodies of selection: settings, panel members and reviews. */
final class SelectionRequests {

    static final int DEFAULT_REVIEWS_REQUIRED = 2;
    static final BigDecimal MAX_WEIGHT = new BigDecimal("1000");

    private SelectionRequests() {
    }

    @Schema(name = "SelectionSettingsChange")
    record SettingsChange(
            @NotNull @Min(1) @Max(100_000) @Schema(example = "20", description = "Companies taking part at most (vouchers, for a voucher programme)") Integer seats,
            @Min(1) @Max(9) @Schema(example = "3", description = "Scored reviews each application needs; 2 if absent") Integer reviewsRequired,
            @NotNull @Size(min = 1, max = 10) List<@NotNull @Valid CriterionChange> criteria) {

        @JsonIgnore
        @AssertTrue(message = "criteria must have unique keys")
        @Schema(hidden = true)
        public boolean isEveryKeyUnique() {
            return criteria == null || criteria.stream().filter(Objects::nonNull).map(CriterionChange::key).distinct()
                    .count() == criteria.stream().filter(Objects::nonNull).count();
        }

        int reviewsRequiredOrDefault() {
            return reviewsRequired == null ? DEFAULT_REVIEWS_REQUIRED : reviewsRequired;
        }

        List<Criterion> newCriteria() {
            return criteria.stream().map(c -> new Criterion(c.key(), c.label().trim(), new BigDecimal(c.weight()))).toList();
        }
    }

    @Schema(name = "CriterionChange")
    record CriterionChange(
            @NotNull @Size(max = 40) @Pattern(regexp = "[a-z0-9-]{1,40}") @Schema(example = "export-readiness") String key,
            @NotBlank @Size(max = 200) @Schema(example = "Export readiness") String label,
            @NotNull @Size(max = 9) @Pattern(regexp = "[0-9]{1,4}(\\.[0-9]{1,4})?", message = "must be a decimal string with at most 4 decimals")
            @Schema(example = "30", description = "A positive decimal string, at most 1000 with at most 4 decimals") String weight) {

        @JsonIgnore
        @AssertTrue(message = "weight must be above 0 and at most 1000")
        @Schema(hidden = true)
        public boolean isWeightInRange() {
            if (weight == null || !weight.matches("[0-9]{1,4}(\\.[0-9]{1,4})?")) {
                return true;
            }
            BigDecimal w = new BigDecimal(weight);
            return w.signum() > 0 && w.compareTo(MAX_WEIGHT) <= 0;
        }
    }

    @Schema(name = "NewPanelMember")
    record NewPanelMember(
            @NotBlank @Size(max = 255) @Schema(example = "7c1e0a52-reviewer-han", description = "The reviewer's sub claim") String subject,
            @NotBlank @Size(max = 200) @Schema(example = "Prof. Han Ji-won") String name) {
    }

    @Schema(name = "NewReview")
    record NewReview(
            @Schema(description = "true: the reviewer declares a conflict of interest and gives no scores; false if absent") Boolean conflictOfInterest,
            @Size(max = 10) @Schema(description = "One integer 0..100 per criterion key of the programme, exactly its criteria", example = "{\"export-readiness\": 80, \"product\": 72}")
            Map<@NotNull @Size(max = 40) String, @NotNull @Min(0) @Max(100) Integer> scores,
            @Size(max = 4000) String comment) {

        boolean declaresConflict() {
            return Boolean.TRUE.equals(conflictOfInterest);
        }

        @JsonIgnore
        @AssertTrue(message = "a conflict-of-interest declaration carries no scores")
        @Schema(hidden = true)
        public boolean isConflictWithoutScores() {
            return !declaresConflict() || scores == null || scores.isEmpty();
        }

        @JsonIgnore
        @AssertTrue(message = "scores are required unless a conflict of interest is declared")
        @Schema(hidden = true)
        public boolean isScoredUnlessConflict() {
            return declaresConflict() || (scores != null && !scores.isEmpty());
        }
    }
}

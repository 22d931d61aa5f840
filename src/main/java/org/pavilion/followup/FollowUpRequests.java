package org.pavilion.followup;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Request bodies of follow-up. */
final class FollowUpRequests {

    private FollowUpRequests() {
    }

    @Schema(name = "FollowUpScheduleChange")
    record ScheduleChange(
            @NotNull @Size(min = 1, max = 8) @Schema(example = "[0, 3, 6, 12]", description = "1..8 distinct months 0..36, ascending")
            List<@NotNull @Min(0) @Max(36) Integer> months) {

        @JsonIgnore
        @AssertTrue(message = "months must be distinct and ascending")
        @Schema(hidden = true)
        public boolean isAscending() {
            if (months == null || months.stream().anyMatch(m -> m == null)) {
                return true;
            }
            for (int i = 1; i < months.size(); i++) {
                if (months.get(i) <= months.get(i - 1)) {
                    return false;
                }
            }
            return true;
        }
    }

    @Schema(name = "FollowUpSubmission")
    record Submission(@Size(max = 2000) @Schema(example = "Two contracts signed with Paris buyers; outcomes updated") String note) {
    }
}

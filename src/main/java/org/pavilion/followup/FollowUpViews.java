package org.pavilion.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of follow-up. */
final class FollowUpViews {

    private FollowUpViews() {
    }

    @Schema(name = "FollowUpSchedule")
    record ScheduleView(UUID programmeId, @Schema(example = "[0, 3, 6, 12]") List<Integer> months,
            @Schema(description = "The fair's endsOn, else the programme's activityEndsOn; null when it has neither") LocalDate referenceDate,
            @Schema(description = "false: the default schedule") boolean custom) {
    }

    @Schema(name = "FollowUpRound")
    record RoundView(UUID participationId, UUID companyId, String companyName, UUID programmeId, int month, LocalDate opensOn,
            LocalDate dueOn, FollowUpStatus status, Instant submittedAt,
            @Schema(description = "The subject who submitted it") String submittedBy, String note) {
    }
}

package org.pavilion.selection;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A call's applications awaiting a decision (APPLIED), ranked: complete ones (with the reviews required) first,
 * by the exact mean of their weighted scores descending, then by the earlier application; incomplete ones after,
 * by the earlier application.
 */
@Schema(name = "Ranking")
public record Ranking(int seats, int reviewsRequired, List<Item> items) {

    /** Whether every application has the reviews it needs (a committee decision needs this). */
    public boolean complete() {
        return items.stream().allMatch(Item::complete);
    }

    /** One ranked application. */
    @Schema(name = "RankedApplication")
    public record Item(UUID applicationId, UUID companyId, String companyName,
            @Schema(description = "Scored reviews") int reviews,
            @Schema(description = "Declared conflicts of interest") int conflicts,
            @Schema(example = "82.35", description = "Mean of the scored reviews' weighted scores at full precision, "
                    + "rounded once to 2 decimals (HALF_EVEN), as a decimal string; null without any") String score,
            @Schema(description = "reviews >= reviewsRequired") boolean complete,
            @Schema(description = "1.. for complete applications, null otherwise") Integer rank) {
    }
}

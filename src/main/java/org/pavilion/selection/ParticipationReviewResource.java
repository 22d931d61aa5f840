package org.pavilion.selection;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/participations/{id}/reviews")
@Tag(name = "Selection", description = "Scored review, ranking, committee decision and waitlist")
public class ParticipationReviewResource extends ApplicationReviewEndpoints {

    @Override
    CallKind kind() {
        return CallKind.PROGRAMME;
    }
}

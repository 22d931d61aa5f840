package org.pavilion.selection;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.pavilion.selection.SelectionRequests.NewReview;
import org.pavilion.selection.SelectionViews.ReviewView;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.security.Roles;
import org.pavilion.shared.web.ValidBodies;

/** Reviews of an application, the same for participations and voucher applications; never shown to an SME. */
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.REVIEWER })
abstract class ApplicationReviewEndpoints {

    @Inject
    ReviewService service;

    @Inject
    ValidBodies bodies;

    abstract CallKind kind();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Review an application", description = "By a reviewer on the programme's panel (404 off it), an "
            + "officer or an admin. Scores are JSON integers 0..100 naming exactly the programme's criteria (400 otherwise); "
            + "with conflictOfInterest true the review carries no scores and records the declaration. The application must "
            + "be APPLIED and the programme must have selection settings (409 otherwise); one review per reviewer and "
            + "application (409). Location names the application's reviews. weightedScore = Σ weight·score ÷ Σ weight, rounded once to 2 decimals (HALF_EVEN).")
    @APIResponse(responseCode = "201", description = "Reviewed", content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "409", description = "application-decided, selection-not-configured or already-reviewed")
    public Response review(@PathParam("id") UUID id, @Context UriInfo uri, @Valid @NotNull NewReview request) {
        ReviewView review = service.submit(kind(), id, bodies.require(request));
        return Response.created(uri.getRequestUri()).entity(review).build();
    }

    @GET
    @Operation(summary = "List an application's reviews", description = "Officers and admins see all; a reviewer only its "
            + "own. Ordered by submission, then id.")
    public Page<ReviewView> list(@PathParam("id") UUID id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.of(kind(), id, PageRequest.of(page, size));
    }
}

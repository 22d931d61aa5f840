package org.pavilion.participation;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.participation.ParticipationRequests.DecisionRequest;
import org.pavilion.participation.ParticipationViews.SelectionDecisionView;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.security.Roles;

@Path("/api/v1/programmes/{id}")
@Tag(name = "Selection", description = "Scored review, ranking, committee decision and waitlist")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
public class SelectionDecisionResource {

    @Inject
    SelectionDecisionService service;

    @POST
    @Path("/selection-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take the committee decision", description = "In one transaction, in ranking order, the first "
            + "seats − (participations SELECTED, CONFIRMED or ATTENDED) APPLIED participations become SELECTED and the "
            + "rest WAITLISTED with waitlistPosition 1, 2, ... after any already waiting. Recorded with the ranking as it "
            + "stood; every status change is audited, the decision as selection-decision.")
    @APIResponse(responseCode = "200", description = "The decision", content = @Content(schema = @Schema(implementation = SelectionDecisionView.class)))
    @APIResponse(responseCode = "409", description = "selection-not-configured, or nothing-to-decide (no APPLIED application)")
    @APIResponse(responseCode = "422", description = "reviews-incomplete: an APPLIED application lacks the reviews required")
    public SelectionDecisionView decide(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest request) {
        return service.decide(id, request.reason());
    }

    @GET
    @Path("/selection-decisions")
    @Operation(summary = "List the committee decisions", description = "Newest first, then by id.")
    public Page<SelectionDecisionView> list(@PathParam("id") UUID id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return service.of(id, PageRequest.of(page, size));
    }
}

package org.pavilion.participation;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.participation.ParticipationRequests.NewAllocation;
import org.pavilion.participation.ParticipationRequests.Transition;
import org.pavilion.participation.ParticipationViews.AllocationView;
import org.pavilion.participation.ParticipationViews.ParticipationView;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.security.Roles;
import org.pavilion.shared.web.Responses;
import org.pavilion.shared.web.Versioned;

@Path("/api/v1/participations")
@Tag(name = "Participations", description = "Companies in programmes and their status")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
public class ParticipationResource {

    @Inject
    ParticipationService service;

    @Inject
    AllocationService allocations;

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME, Roles.REVIEWER })
    @Operation(summary = "Get a participation", description = "An SME sees its own companies' participations; a reviewer "
            + "those of the programmes whose panel names it (404 otherwise).")
    @APIResponse(responseCode = "200", description = "The participation", content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    public Response get(@PathParam("id") UUID id) {
        ParticipationView view = service.get(id);
        return Responses.versioned(view, view.version());
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.SME })
    @Operation(summary = "Change a participation's status", description = "Allowed: APPLIED→SELECTED|WAITLISTED|REJECTED|WITHDRAWN, "
            + "WAITLISTED→SELECTED|REJECTED|WITHDRAWN, SELECTED→CONFIRMED|WITHDRAWN, CONFIRMED→ATTENDED|NO_SHOW|WITHDRAWN; "
            + "anything else is 409. An SME may only withdraw its own. Withdrawing cancels what was allocated and not yet "
            + "disbursed.")
    @APIResponse(responseCode = "200", description = "The participation", content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "409", description = "An illegal transition")
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Transition request) {
        ParticipationView view = service.transition(id, request.to(), request.reason(), ifMatch);
        return Responses.versioned(view, view.version());
    }

    @POST
    @Path("/{id}/allocations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Allocate support", description = "Only to SELECTED, CONFIRMED or ATTENDED participations (409 "
            + "otherwise), in a category the programme offers, within the per-company cap in force today and the budget. "
            + "These hold under any concurrency and with several instances: PostgreSQL enforces them.")
    @APIResponse(responseCode = "201", description = "Allocated", content = @Content(schema = @Schema(implementation = AllocationView.class)))
    @APIResponse(responseCode = "409", description = "The participation does not receive support in its status")
    @APIResponse(responseCode = "422", description = "category-not-eligible, cap-exceeded or budget-exceeded")
    public Response allocate(@PathParam("id") UUID participationId, @Valid @NotNull NewAllocation request) {
        Versioned<AllocationView> allocation = allocations.allocate(participationId, request);
        return Responses.created("/api/v1/allocations/" + allocation.body().id(), allocation);
    }

    @GET
    @Path("/{id}/allocations")
    @Operation(summary = "List a participation's allocations", description = "Ordered by creation, then id.")
    public Page<AllocationView> list(@PathParam("id") UUID participationId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return allocations.ofParticipation(participationId, PageRequest.of(page, size)).map(AllocationView::of);
    }

}

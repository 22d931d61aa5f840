package org.pavilion.participation;

import java.net.URI;
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
import org.pavilion.participation.ParticipationRequests.Cancellation;
import org.pavilion.participation.ParticipationRequests.NewDisbursement;
import org.pavilion.participation.ParticipationViews.AllocationView;
import org.pavilion.participation.ParticipationViews.DisbursementView;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.security.Roles;
import org.pavilion.shared.web.Responses;

@Path("/api/v1/allocations")
@Tag(name = "Allocations", description = "Support allocated to participations, and disbursements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
public class AllocationResource {

    @Inject
    AllocationService service;

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an allocation", description = "Category, amount (original and live), disbursed and undisbursed parts, status (ACTIVE or CANCELLED). An SME sees only its own companies' allocations (404 otherwise).")
    @APIResponse(responseCode = "200", description = "The allocation", content = @Content(schema = @Schema(implementation = AllocationView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.versioned(service.get(id));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Cancel an allocation", description = "Releases the undisbursed rest to the budget; the disbursed part stays allocated.")
    @APIResponse(responseCode = "200", description = "The allocation", content = @Content(schema = @Schema(implementation = AllocationView.class)))
    @APIResponse(responseCode = "409", description = "Already cancelled")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Cancellation request) {
        return Responses.versioned(service.cancel(id, request.reason(), ifMatch));
    }

    @GET
    @Path("/{id}/disbursements")
    @Operation(summary = "List an allocation's disbursements", description = "Ordered by paidOn, then creation, then id.")
    public Page<DisbursementView> disbursements(@PathParam("id") UUID id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return service.disbursementsOf(id, PageRequest.of(page, size)).map(DisbursementView::of);
    }

    @POST
    @Path("/{id}/disbursements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FINANCE, Roles.ADMIN })
    @Operation(summary = "Record a disbursement", description = "Never more than the allocation's undisbursed rest.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = DisbursementView.class)))
    @APIResponse(responseCode = "409", description = "The allocation is cancelled")
    @APIResponse(responseCode = "422", description = "budget-exceeded: more than the undisbursed rest")
    public Response disburse(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull NewDisbursement request) {
        DisbursementView disbursement = service.disburse(id, request, ifMatch);
        return Response.created(URI.create("/api/v1/disbursements/" + disbursement.id())).entity(disbursement).build();
    }

}

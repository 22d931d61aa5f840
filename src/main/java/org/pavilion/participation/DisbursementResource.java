package org.pavilion.participation;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.participation.ParticipationViews.DisbursementView;
import org.pavilion.shared.security.Roles;

@Path("/api/v1/disbursements")
@Tag(name = "Allocations", description = "Support allocated to participations, and disbursements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
public class DisbursementResource {

    @Inject
    AllocationService service;

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a disbursement", description = "A payment against an allocation: amount in KRW, the date paid and the bank reference. An SME sees only its own companies' disbursements (404 otherwise).")
    @APIResponse(responseCode = "200", description = "The disbursement", content = @Content(schema = @Schema(implementation = DisbursementView.class)))
    public DisbursementView disbursement(@PathParam("id") UUID id) {
        return service.disbursement(id);
    }
}

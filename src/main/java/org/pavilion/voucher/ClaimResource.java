package org.pavilion.voucher;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.shared.security.Roles;
import org.pavilion.shared.web.Responses;
import org.pavilion.voucher.VoucherViews.ClaimView;

@Path("/api/v1/claims")
@Tag(name = "Export vouchers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
public class ClaimResource {

    @Inject
    ClaimService claims;

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a claim", description = "The invoice, the rate that converted it, the subsidy reserved, the status and its decision or payment. An SME sees only its own companies' claims (404 otherwise).")
    @APIResponse(responseCode = "200", description = "The claim", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    public Response get(@PathParam("id") UUID id) {
        return respond(ClaimView.of(claims.get(id)));
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Approve or reject a claim", description = "Only SUBMITTED claims; rejecting releases the reservation.")
    @APIResponse(responseCode = "200", description = "The claim", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    public Response decide(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull VoucherRequests.ClaimDecision request) {
        return respond(ClaimView.of(claims.decide(id, request, ifMatch)));
    }

    @POST
    @Path("/{id}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FINANCE, Roles.ADMIN })
    @Operation(summary = "Pay an approved claim", description = "Only APPROVED claims (409 otherwise).")
    @APIResponse(responseCode = "200", description = "PAID", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    public Response pay(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull VoucherRequests.Payment request) {
        return respond(ClaimView.of(claims.pay(id, request, ifMatch)));
    }

    private static Response respond(ClaimView view) {
        return Responses.versioned(view, view.version());
    }
}

package org.pavilion.voucher;

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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.security.Roles;
import org.pavilion.shared.web.QueryParams;
import org.pavilion.shared.web.Responses;
import org.pavilion.voucher.VoucherViews.ClaimView;
import org.pavilion.voucher.VoucherViews.VoucherView;

@Path("/api/v1/vouchers")
@Tag(name = "Export vouchers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
public class VoucherResource {

    @Inject
    VoucherService service;

    @Inject
    ClaimService claims;

    @GET
    @Operation(summary = "List vouchers", description = "By issue, then id. An SME sees only its own companies'.")
    public Page<VoucherView> list(@QueryParam("companyId") String companyId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return service.vouchers(QueryParams.uuid("companyId", companyId), paging).map(VoucherView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a voucher with its balance", description = "Granted, reserved (claims submitted or approved), paid and balance = granted - reserved - paid, in KRW; the government share fixed at approval. An SME sees only its own companies' vouchers (404 otherwise).")
    @APIResponse(responseCode = "200", description = "The voucher", content = @Content(schema = @Schema(implementation = VoucherView.class)))
    public Response get(@PathParam("id") UUID id) {
        VoucherView view = VoucherView.of(service.voucher(id));
        return Responses.versioned(view, view.version());
    }

    @POST
    @Path("/{id}/claims")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.SME })
    @Operation(summary = "Claim an invoice", description = "The subsidy (invoice in KRW at the invoice date's rate x "
            + "governmentShare, rounded once to whole won) is reserved against the balance at once.")
    @APIResponse(responseCode = "201", description = "SUBMITTED", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "409", description = "This provider's invoice number is already claimed")
    @APIResponse(responseCode = "422", description = "voucher-balance-exceeded, category-not-eligible, rate-unavailable or voucher-expired")
    public Response claim(@PathParam("id") UUID id, @Valid @NotNull VoucherRequests.NewClaim request) {
        ClaimView view = ClaimView.of(claims.submit(id, request));
        return Responses.created("/api/v1/claims/" + view.id(), view, view.version());
    }

    @GET
    @Path("/{id}/claims")
    @Operation(summary = "List a voucher's claims", description = "By creation, then id.")
    public Page<ClaimView> claims(@PathParam("id") UUID id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return claims.ofVoucher(id, PageRequest.of(page, size)).map(ClaimView::of);
    }
}

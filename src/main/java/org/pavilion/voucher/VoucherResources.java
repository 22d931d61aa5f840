package org.pavilion.voucher;

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
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.problem.Problem;
import org.pavilion.shared.security.Roles;
import org.pavilion.shared.web.ETags;
import org.pavilion.shared.web.QueryParams;
import org.pavilion.voucher.VoucherEntities.ApplicationStatus;
import org.pavilion.voucher.VoucherEntities.Claim;
import org.pavilion.voucher.VoucherEntities.VoucherApplication;
import org.pavilion.voucher.VoucherViews.ApplicationView;
import org.pavilion.voucher.VoucherViews.ClaimView;
import org.pavilion.voucher.VoucherViews.ProgrammeView;
import org.pavilion.voucher.VoucherViews.VoucherView;

/** The export-voucher endpoints, one root class per path prefix. */
public final class VoucherResources {

    private VoucherResources() {
    }

    @Path("/api/v1/voucher-programmes")
    @Tag(name = "Export vouchers", description = "Voucher programmes, applications, vouchers and claims (the SME client app)")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Programmes {

        @Inject
        VoucherService service;

        @Inject
        VoucherApplicationsView applications;

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
        @Operation(summary = "Create a voucher programme")
        @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
        public Response create(@Valid @NotNull VoucherRequests.NewProgramme request) {
            ProgrammeView view = ProgrammeView.of(service.createProgramme(request));
            return Response.created(URI.create("/api/v1/voucher-programmes/" + view.id())).tag(ETags.of(view.version()))
                    .entity(view).build();
        }

        @GET
        @RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
        @Operation(summary = "List voucher programmes", description = "Newest year first, then name, then id.")
        public Page<ProgrammeView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
            return service.programmes(PageRequest.of(page, size)).map(ProgrammeView::of);
        }

        @GET
        @Path("/{id}")
        @RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
        @Operation(summary = "Get a voucher programme")
        @APIResponse(responseCode = "200", description = "The programme", content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
        public Response get(@PathParam("id") UUID id) {
            ProgrammeView view = ProgrammeView.of(service.programme(id));
            return Response.ok(view).tag(ETags.of(view.version())).build();
        }

        @POST
        @Path("/{id}/applications")
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.SME })
        @Operation(summary = "Apply for a voucher", description = "An SME for its own verified company, inside the application "
                + "window; an officer for any verified company. One active application (APPLIED or APPROVED) per company and programme.")
        @APIResponse(responseCode = "201", description = "APPLIED", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
        @APIResponse(responseCode = "409", description = "An active application exists",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        @APIResponse(responseCode = "422", description = "application-window-closed or company-not-verified",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        public Response apply(@PathParam("id") UUID id, @Valid @NotNull VoucherRequests.NewApplication request) {
            ApplicationView view = applications.of(service.apply(id, request));
            return Response.created(URI.create("/api/v1/voucher-applications/" + view.id())).tag(ETags.of(view.version()))
                    .entity(view).build();
        }
    }

    @Path("/api/v1/voucher-applications")
    @Tag(name = "Export vouchers")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Applications {

        @Inject
        VoucherService service;

        @Inject
        VoucherApplicationsView applications;

        @GET
        @RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
        @Operation(summary = "List voucher applications", description = "By creation, then id. An SME sees only its own companies'.")
        public Page<ApplicationView> list(@QueryParam("programmeId") String programmeId, @QueryParam("status") String status,
                @QueryParam("page") String page, @QueryParam("size") String size) {
            PageRequest paging = PageRequest.of(page, size);
            return applications.of(service.applications(QueryParams.uuid("programmeId", programmeId),
                    QueryParams.enumValue(ApplicationStatus.class, "status", status), paging));
        }

        @GET
        @Path("/{id}")
        @RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
        @Operation(summary = "Get a voucher application")
        @APIResponse(responseCode = "200", description = "The application", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
        public Response get(@PathParam("id") UUID id) {
            return respond(service.application(id));
        }

        @POST
        @Path("/{id}/withdraw")
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.SME })
        @Operation(summary = "Withdraw an application", description = "Only from APPLIED (409 otherwise); an SME for its own.")
        @APIResponse(responseCode = "200", description = "WITHDRAWN", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
        public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                @Valid @NotNull VoucherRequests.Reason request) {
            return respond(service.withdraw(id, request.reason(), ifMatch));
        }

        @POST
        @Path("/{id}/decision")
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
        @Operation(summary = "Decide an application", description = "Approving issues a voucher of `granted`: at most the "
                + "programme's maximum per company (422 cap-exceeded) and within its budget (422 budget-exceeded).")
        @APIResponse(responseCode = "200", description = "APPROVED or REJECTED", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
        @APIResponse(responseCode = "422", description = "cap-exceeded or budget-exceeded",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        public Response decide(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                @Valid @NotNull VoucherRequests.Decision request) {
            return respond(service.decide(id, request, ifMatch));
        }

        private Response respond(VoucherApplication application) {
            ApplicationView view = applications.of(application);
            return Response.ok(view).tag(ETags.of(view.version())).build();
        }
    }

    @Path("/api/v1/vouchers")
    @Tag(name = "Export vouchers")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Vouchers {

        @Inject
        VoucherService service;

        @Inject
        ClaimService claims;

        @GET
        @RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
        @Operation(summary = "List vouchers", description = "By issue, then id. An SME sees only its own companies'.")
        public Page<VoucherView> list(@QueryParam("companyId") String companyId, @QueryParam("page") String page,
                @QueryParam("size") String size) {
            PageRequest paging = PageRequest.of(page, size);
            return service.vouchers(QueryParams.uuid("companyId", companyId), paging).map(VoucherView::of);
        }

        @GET
        @Path("/{id}")
        @RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
        @Operation(summary = "Get a voucher with its balance")
        @APIResponse(responseCode = "200", description = "The voucher", content = @Content(schema = @Schema(implementation = VoucherView.class)))
        public Response get(@PathParam("id") UUID id) {
            VoucherView view = VoucherView.of(service.voucher(id));
            return Response.ok(view).tag(ETags.of(view.version())).build();
        }

        @POST
        @Path("/{id}/claims")
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.SME })
        @Operation(summary = "Claim an invoice", description = "The subsidy (invoice in KRW at the invoice date's rate x "
                + "governmentShare, rounded once to whole won) is reserved against the balance at once.")
        @APIResponse(responseCode = "201", description = "SUBMITTED", content = @Content(schema = @Schema(implementation = ClaimView.class)))
        @APIResponse(responseCode = "409", description = "This provider's invoice number is already claimed",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        @APIResponse(responseCode = "422", description = "voucher-balance-exceeded, category-not-eligible, rate-unavailable or voucher-expired",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        public Response claim(@PathParam("id") UUID id, @Valid @NotNull VoucherRequests.NewClaim request) {
            ClaimView view = ClaimView.of(claims.submit(id, request));
            return Response.created(URI.create("/api/v1/claims/" + view.id())).tag(ETags.of(view.version())).entity(view).build();
        }

        @GET
        @Path("/{id}/claims")
        @RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
        @Operation(summary = "List a voucher's claims", description = "By creation, then id.")
        public Page<ClaimView> claims(@PathParam("id") UUID id, @QueryParam("page") String page, @QueryParam("size") String size) {
            return claims.ofVoucher(id, PageRequest.of(page, size)).map(ClaimView::of);
        }
    }

    @Path("/api/v1/claims")
    @Tag(name = "Export vouchers")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Claims {

        @Inject
        ClaimService claims;

        @GET
        @Path("/{id}")
        @RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
        @Operation(summary = "Get a claim")
        @APIResponse(responseCode = "200", description = "The claim", content = @Content(schema = @Schema(implementation = ClaimView.class)))
        public Response get(@PathParam("id") UUID id) {
            return respond(claims.get(id));
        }

        @POST
        @Path("/{id}/decision")
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
        @Operation(summary = "Approve or reject a claim", description = "Only SUBMITTED claims; rejecting releases the reservation.")
        @APIResponse(responseCode = "200", description = "The claim", content = @Content(schema = @Schema(implementation = ClaimView.class)))
        public Response decide(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                @Valid @NotNull VoucherRequests.ClaimDecision request) {
            return respond(claims.decide(id, request, ifMatch));
        }

        @POST
        @Path("/{id}/payment")
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed({ Roles.FINANCE, Roles.ADMIN })
        @Operation(summary = "Pay an approved claim", description = "Only APPROVED claims (409 otherwise).")
        @APIResponse(responseCode = "200", description = "PAID", content = @Content(schema = @Schema(implementation = ClaimView.class)))
        public Response pay(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                @Valid @NotNull VoucherRequests.Payment request) {
            return respond(claims.pay(id, request, ifMatch));
        }

        private static Response respond(Claim claim) {
            ClaimView view = ClaimView.of(claim);
            return Response.ok(view).tag(ETags.of(view.version())).build();
        }
    }
}

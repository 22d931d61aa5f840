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
import org.pavilion.shared.security.Roles;
import org.pavilion.shared.web.QueryParams;
import org.pavilion.shared.web.Responses;
import org.pavilion.voucher.VoucherViews.ApplicationView;

@Path("/api/v1/voucher-applications")
@Tag(name = "Export vouchers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME, Roles.REVIEWER })
public class VoucherApplicationResource {

    @Inject
    VoucherService service;

    @Inject
    VoucherApplicationsView applications;

    @GET
    @Operation(summary = "List voucher applications", description = "By creation, then id. An SME sees only its own companies'.")
    public Page<ApplicationView> list(@QueryParam("programmeId") String programmeId, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return applications.of(service.applications(QueryParams.uuid("programmeId", programmeId),
                QueryParams.enumValue(ApplicationStatus.class, "status", status), paging));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a voucher application", description = "The request, the plan, the status and, once approved, the voucher's id. An SME sees only its own companies' applications; a reviewer only those of the calls whose panel names it (404 otherwise).")
    @APIResponse(responseCode = "200", description = "The application", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response get(@PathParam("id") UUID id) {
        return respond(applications.of(service.application(id)));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.SME })
    @Operation(summary = "Withdraw an application", description = "Only from APPLIED (409 otherwise); an SME for its own.")
    @APIResponse(responseCode = "200", description = "WITHDRAWN", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull VoucherRequests.Reason request) {
        return respond(applications.of(service.withdraw(id, request.reason(), ifMatch)));
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Decide an application", description = "Approving issues a voucher of `granted`: at most the "
            + "programme's maximum per company (422 cap-exceeded) and within its budget (422 budget-exceeded).")
    @APIResponse(responseCode = "200", description = "APPROVED or REJECTED", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "422", description = "cap-exceeded or budget-exceeded")
    public Response decide(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull VoucherRequests.Decision request) {
        return respond(applications.of(service.decide(id, request, ifMatch)));
    }

    private static Response respond(ApplicationView view) {
        return Responses.versioned(view, view.version());
    }
}

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
import org.pavilion.shared.web.Responses;
import org.pavilion.voucher.VoucherViews.ApplicationView;
import org.pavilion.voucher.VoucherViews.ProgrammeView;

@Path("/api/v1/voucher-programmes")
@Tag(name = "Export vouchers", description = "Voucher programmes, applications, vouchers and claims (the SME client app)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME, Roles.REVIEWER })
public class VoucherProgrammeResource {

    @Inject
    VoucherService service;

    @Inject
    VoucherApplicationsView applications;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Create a voucher programme", description = "Budget and maximum per company in KRW, the government's share of each invoice (a decimal string, or shareTiers by annual revenue), the categories it pays for, the application window and the date vouchers stay valid until.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    public Response create(@Valid @NotNull VoucherRequests.NewProgramme request) {
        ProgrammeView view = ProgrammeView.of(service.createProgramme(request));
        return Responses.created("/api/v1/voucher-programmes/" + view.id(), view, view.version());
    }

    @GET
    @Operation(summary = "List voucher programmes", description = "Newest year first, then name, then id.")
    public Page<ProgrammeView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return service.programmes(PageRequest.of(page, size)).map(ProgrammeView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a voucher programme", description = "The programme with its live figures: granted so far in vouchers and the rest of its budget.")
    @APIResponse(responseCode = "200", description = "The programme", content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    public Response get(@PathParam("id") UUID id) {
        ProgrammeView view = ProgrammeView.of(service.programme(id));
        return Responses.versioned(view, view.version());
    }

    @POST
    @Path("/{id}/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.SME })
    @Operation(summary = "Apply for a voucher", description = "An SME for its own verified company, inside the application "
            + "window; an officer for any verified company. One active application (APPLIED or APPROVED) per company and programme.")
    @APIResponse(responseCode = "201", description = "APPLIED", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = "An active application exists")
    @APIResponse(responseCode = "422", description = "application-window-closed or company-not-verified")
    public Response apply(@PathParam("id") UUID id, @Valid @NotNull VoucherRequests.NewApplication request) {
        ApplicationView view = applications.of(service.apply(id, request));
        return Responses.created("/api/v1/voucher-applications/" + view.id(), view, view.version());
    }
}

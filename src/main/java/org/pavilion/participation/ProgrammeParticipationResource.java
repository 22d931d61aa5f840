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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.participation.ParticipationRequests.NewParticipation;
import org.pavilion.participation.ParticipationViews.ParticipationView;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.security.Roles;
import org.pavilion.shared.web.QueryParams;
import org.pavilion.shared.web.Responses;

@Path("/api/v1/programmes/{id}/participations")
@Tag(name = "Participations", description = "Companies in programmes and their status")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
public class ProgrammeParticipationResource {

    @Inject
    ParticipationService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.SME })
    @Operation(summary = "Register or apply", description = "An officer registers any verified company (SELECTED), "
            + "window or not. An SME applies for its own verified company inside the application window (APPLIED).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "409", description = "The company already has an active participation in the programme")
    @APIResponse(responseCode = "422", description = "application-window-closed or company-not-verified")
    public Response register(@PathParam("id") UUID programmeId, @Valid @NotNull NewParticipation request) {
        ParticipationView created = service.register(programmeId, request.companyId());
        return Responses.created("/api/v1/participations/" + created.id(), created, created.version());
    }

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME, Roles.REVIEWER })
    @Operation(summary = "List a programme's participations", description = "Ordered by creation, then id. "
            + "An SME sees only its own companies' participations; a reviewer only a programme whose panel names it "
            + "(404 otherwise).")
    public Page<ParticipationView> list(@PathParam("id") UUID programmeId, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return service.ofProgramme(programmeId, QueryParams.enumValue(ParticipationStatus.class, "status", status), paging);
    }

}

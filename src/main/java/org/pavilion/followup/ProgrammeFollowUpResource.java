package org.pavilion.followup;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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
import org.pavilion.followup.FollowUpRequests.ScheduleChange;
import org.pavilion.followup.FollowUpViews.ScheduleView;
import org.pavilion.shared.security.Roles;
import org.pavilion.shared.web.Responses;

@Path("/api/v1/programmes/{id}/follow-up-schedule")
@Tag(name = "Follow-up", description = "Follow-up rounds after a fair, signed and verified contracts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
public class ProgrammeFollowUpResource {

    @Inject
    FollowUpService service;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Set the follow-up schedule", description = "1..8 distinct months 0..36, ascending; the default is "
            + "[0, 3, 6, 12]. Rounds follow the new schedule at once; submissions stay recorded.")
    @APIResponse(responseCode = "200", description = "The schedule", content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    public Response reschedule(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ScheduleChange request) {
        return Responses.versioned(service.reschedule(id, request.months(), ifMatch));
    }

    @GET
    @Operation(summary = "Get the follow-up schedule", description = "The stored schedule, or the default [0, 3, 6, 12], "
            + "with the programme's reference date (the fair's endsOn, else its activityEndsOn).")
    @APIResponse(responseCode = "200", description = "The schedule", content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    public Response schedule(@PathParam("id") UUID id) {
        return Responses.versioned(service.schedule(id));
    }
}

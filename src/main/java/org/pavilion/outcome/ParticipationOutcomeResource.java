package org.pavilion.outcome;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.outcome.OutcomeViews.OutcomeView;
import org.pavilion.shared.security.Roles;
import org.pavilion.shared.web.Responses;
import org.pavilion.shared.web.Versioned;


@Path("/api/v1/participations/{id}/outcomes")
@Tag(name = "Outcomes", description = "Consultations and contracts with foreign buyers")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipationOutcomeResource {

    @Inject
    OutcomeService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.SME })
    @Operation(summary = "Record an outcome", description = "For a SELECTED, CONFIRMED or ATTENDED participation "
            + "(409 otherwise); an SME for its own participations only. Values in any ISO 4217 currency, zero allowed.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = OutcomeView.class)))
    @APIResponse(responseCode = "409", description = "The participation does not take part")
    public Response record(@PathParam("id") UUID participationId, @Valid @NotNull OutcomeRequests.NewOutcome request) {
        Versioned<OutcomeView> outcome = service.record(participationId, request);
        return Responses.created("/api/v1/outcomes/" + outcome.body().id(), outcome);
    }
}

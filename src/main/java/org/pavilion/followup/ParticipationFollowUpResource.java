package org.pavilion.followup;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.followup.FollowUpRequests.Submission;
import org.pavilion.followup.FollowUpViews.RoundView;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.security.Roles;

@Path("/api/v1/participations/{id}/follow-ups")
@Tag(name = "Follow-up", description = "Follow-up rounds after a fair, signed and verified contracts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
public class ParticipationFollowUpResource {

    @Inject
    FollowUpService service;

    @GET
    @Operation(summary = "List a participation's follow-up rounds", description = "One round per scheduled month M for "
            + "an ATTENDED participation: opensOn = reference date + M months, dueOn = opensOn + 14 days; status UPCOMING "
            + "(today < opensOn), DUE (today <= dueOn), OVERDUE or SUBMITTED, today being the Seoul date. Ordered by dueOn.")
    public Page<RoundView> list(@PathParam("id") UUID id) {
        return service.ofParticipation(id);
    }

    @POST
    @Path("/{month}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.SME })
    @Operation(summary = "Submit a follow-up round", description = "The SME (for its own) or an officer confirms the "
            + "outcomes are up to date. A month not in the schedule: 404; an UPCOMING or SUBMITTED round, or a "
            + "participation that is not ATTENDED: 409. Audited as entityType follow-up, entityId the participation.")
    @APIResponse(responseCode = "200", description = "The round, now SUBMITTED", content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "409", description = "not-attended, round-not-open or no-reference-date")
    public RoundView submit(@PathParam("id") UUID id, @PathParam("month") String month, @Valid Submission request) {
        if (month == null || !month.matches("[0-9]{1,2}")) {
            throw new ApiProblem.NotFound("follow-up round");
        }
        return service.submit(id, Integer.parseInt(month), request == null ? null : request.note());
    }
}

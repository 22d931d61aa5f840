package org.pavilion.agreement;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.agreement.AgreementRequests.AgreementDetails;
import org.pavilion.agreement.AgreementRequests.AgreementPatch;
import org.pavilion.agreement.AgreementRequests.CommitmentDetails;
import org.pavilion.agreement.AgreementRequests.MeetingDetails;
import org.pavilion.agreement.AgreementRequests.Termination;
import org.pavilion.agreement.AgreementViews.AgreementView;
import org.pavilion.agreement.AgreementViews.CommitmentView;
import org.pavilion.agreement.AgreementViews.MeetingView;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.security.Roles;
import org.pavilion.shared.web.PatchBody;
import org.pavilion.shared.web.QueryParams;
import org.pavilion.shared.web.Responses;
import org.pavilion.shared.web.Versioned;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

@Path("/api/v1/agreements")
@Tag(name = "Partners and agreements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN })
public class AgreementResource {

    @Inject
    AgreementService service;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Record an agreement", description = "A cooperation agreement with one or more partners (each must "
            + "exist: 400 otherwise): title, kind, signedOn, startsOn, optional endsOn (not before startsOn), the domestic "
            + "parties and the areas it covers. Its status is derived: ACTIVE, EXPIRED from the day after endsOn, "
            + "TERMINATED once terminated. Audited.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    public Response create(@Valid @NotNull AgreementDetails details) {
        Versioned<AgreementView> agreement = service.create(details);
        return Responses.created("/api/v1/agreements/" + agreement.body().id(), agreement);
    }

    @GET
    @Operation(summary = "List agreements", description = "Newest signed first, then id. Filters: `partnerId` (an agreement "
            + "with that partner), `status` (today's, Asia/Seoul) and `area`.")
    public Page<AgreementView> list(@QueryParam("partnerId") String partnerId, @QueryParam("status") String status,
            @QueryParam("area") String area, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return service.search(new AgreementRepository.Filter(QueryParams.uuid("partnerId", partnerId),
                QueryParams.enumValue(AgreementStatus.class, "status", status),
                QueryParams.enumValue(CooperationArea.class, "area", area)), paging);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an agreement", description = "An agreement with its partners, areas and today's status.")
    @APIResponse(responseCode = "200", description = "The agreement", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.versioned(service.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Change an agreement", description = "Only the fields present change (termination has its own "
            + "operation); `If-Match` guards against lost updates. Audited with before and after.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AgreementPatch.class)))
    @APIResponse(responseCode = "200", description = "The changed agreement", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ObjectNode body)
            throws JsonProcessingException {
        return Responses.versioned(service.update(id, PatchBody.parse(body, AgreementPatch.class, mapper, validator), ifMatch));
    }

    @POST
    @Path("/{id}/terminate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Terminate an agreement", description = "Ends it today (Asia/Seoul) for the reason given: TERMINATED "
            + "from then on. 409 `agreement-terminated` when it already is. Audited.")
    @APIResponse(responseCode = "200", description = "The terminated agreement", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    public Response terminate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Termination termination) {
        return Responses.versioned(service.terminate(id, termination.reason(), ifMatch));
    }

    @POST
    @Path("/{id}/commitments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Add a commitment", description = "Something the agreement commits to: description, area, owner and "
            + "an optional due date; it starts PLANNED. A terminated agreement takes none (409 `agreement-terminated`). Audited.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CommitmentView.class)))
    public Response addCommitment(@PathParam("id") UUID id, @Valid @NotNull CommitmentDetails details) {
        CommitmentView commitment = service.addCommitment(id, details);
        return Responses.created("/api/v1/commitments/" + commitment.id(), commitment, 0);
    }

    @GET
    @Path("/{id}/commitments")
    @Operation(summary = "List an agreement's commitments", description = "In creation order; `overdue` as of today (Asia/Seoul).")
    public Page<CommitmentView> commitments(@PathParam("id") UUID id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.commitmentsOf(id, PageRequest.of(page, size));
    }

    @POST
    @Path("/{id}/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Record a meeting", description = "A meeting held under the agreement: the day, its kind, the place, "
            + "how many attended and a summary. Audited.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    public Response addMeeting(@PathParam("id") UUID id, @Valid @NotNull MeetingDetails details) {
        MeetingView meeting = service.addMeeting(id, details);
        return Responses.created("/api/v1/meetings/" + meeting.id(), meeting, 0);
    }

    @GET
    @Path("/{id}/meetings")
    @Operation(summary = "List an agreement's meetings", description = "Newest first: by heldOn, then the time recorded, then id.")
    public Page<MeetingView> meetings(@PathParam("id") UUID id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.meetingsOf(id, PageRequest.of(page, size));
    }
}

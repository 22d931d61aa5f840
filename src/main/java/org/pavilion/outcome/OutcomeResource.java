package org.pavilion.outcome;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.outcome.OutcomeViews.OutcomeView;
import org.pavilion.shared.security.Roles;
import org.pavilion.shared.web.PatchBody;
import org.pavilion.shared.web.Responses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

@Path("/api/v1/outcomes")
@Tag(name = "Outcomes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
public class OutcomeResource {

    @Inject
    OutcomeService service;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an outcome", description = "A consultation or contract with its buyer, value, status, signing date and verification. An SME sees only its own companies' outcomes (404 otherwise).")
    @APIResponse(responseCode = "200", description = "The outcome", content = @Content(schema = @Schema(implementation = OutcomeView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.versioned(service.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.SME })
    @Operation(summary = "Follow up an outcome", description = "status, value, note and (contracts) signedOn; audited with "
            + "before and after. A contract that becomes SIGNED without signedOn is signed on today's Seoul date; signedOn "
            + "before occurredOn is 400. A change of a verified contract's value, currency or status clears its "
            + "verification (audited). An SME for its own outcomes only.")
    @RequestBody(content = @Content(schema = @Schema(implementation = OutcomeRequests.FollowUp.class)))
    @APIResponse(responseCode = "200", description = "The outcome", content = @Content(schema = @Schema(implementation = OutcomeView.class)))
    public Response followUp(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ObjectNode body)
            throws JsonProcessingException {
        return Responses.versioned(service.followUp(id, PatchBody.parse(body, OutcomeRequests.FollowUp.class, mapper, validator),
                ifMatch));
    }

    @POST
    @Path("/{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Verify a signed contract", description = "An officer's finding (VERIFIED or REJECTED) on the "
            + "evidence of a contract in status SIGNED (409 otherwise, and for a consultation). The same evidenceKind and "
            + "evidenceReference (trimmed, case-insensitive) on another VERIFIED contract is 409: one export declaration "
            + "backs one contract.")
    @APIResponse(responseCode = "200", description = "The outcome with its verification", content = @Content(schema = @Schema(implementation = OutcomeView.class)))
    @APIResponse(responseCode = "409", description = "not-a-signed-contract or evidence-already-used")
    public Response verify(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OutcomeRequests.Verification request) {
        return Responses.versioned(service.verify(id, request, ifMatch));
    }
}

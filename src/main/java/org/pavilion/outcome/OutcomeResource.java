package org.pavilion.outcome;

import java.net.URI;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.problem.Problem;
import org.pavilion.shared.security.Roles;
import org.pavilion.shared.web.ETags;
import org.pavilion.shared.web.PatchBody;
import org.pavilion.shared.web.QueryParams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The three roots of the outcome endpoints: under a participation, under a programme, and by id. */
public final class OutcomeResource {

    private OutcomeResource() {
    }

    @Path("/api/v1/participations/{id}/outcomes")
    @Tag(name = "Outcomes", description = "Consultations and contracts with foreign buyers")
    @Produces(MediaType.APPLICATION_JSON)
    public static class OfParticipation {

        @Inject
        OutcomeService service;

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.SME })
        @Operation(summary = "Record an outcome", description = "For a SELECTED, CONFIRMED or ATTENDED participation "
                + "(409 otherwise); an SME for its own participations only. Values in any ISO 4217 currency, zero allowed.")
        @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = OutcomeView.class)))
        @APIResponse(responseCode = "409", description = "The participation does not take part",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        public Response record(@PathParam("id") UUID participationId, @Valid @NotNull OutcomeRequests.NewOutcome request) {
            Outcome outcome = service.record(participationId, request);
            return Response.created(URI.create("/api/v1/outcomes/" + outcome.id)).tag(ETags.of(outcome.version))
                    .entity(OutcomeView.of(outcome)).build();
        }
    }

    @Path("/api/v1/programmes/{id}/outcomes")
    @Tag(name = "Outcomes")
    @Produces(MediaType.APPLICATION_JSON)
    public static class OfProgramme {

        @Inject
        OutcomeService service;

        @GET
        @RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
        @Operation(summary = "List a programme's outcomes", description = "Ordered by occurredOn, then creation, then id. "
                + "An SME sees only its own companies' outcomes.")
        public Page<OutcomeView> list(@PathParam("id") UUID programmeId, @QueryParam("kind") String kind,
                @QueryParam("companyId") String companyId, @QueryParam("status") String status,
                @QueryParam("page") String page, @QueryParam("size") String size) {
            PageRequest paging = PageRequest.of(page, size);
            return service.ofProgramme(programmeId, QueryParams.enumValue(OutcomeKind.class, "kind", kind),
                    QueryParams.uuid("companyId", companyId), QueryParams.enumValue(OutcomeStatus.class, "status", status),
                    paging).map(OutcomeView::of);
        }

        @POST
        @Path("/import")
        @Consumes("text/csv")
        @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
        @Operation(summary = "Import outcomes from CSV", description = "Header `company_brn,kind,buyer_name,buyer_country,"
                + "amount,currency,occurred_on,status,note`; each company must take part in the programme. All rows or "
                + "none: a bad file answers 422 with every bad row (line number, the header being line 1) and field.")
        @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                example = "company_brn,kind,buyer_name,buyer_country,amount,currency,occurred_on,status,note\n"
                        + "124-81-00998,CONSULTATION,Telefonica,ES,250000.00,USD,2025-03-04,OPEN,")))
        @APIResponse(responseCode = "200", description = "Imported: {\"imported\": N}")
        @APIResponse(responseCode = "422", description = "Bad rows, none imported",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        public Map<String, Integer> importCsv(@PathParam("id") UUID programmeId, InputStream csv) {
            // Read as a stream, one row at a time: a 20 MiB file is never held as one string.
            Reader reader = new InputStreamReader(csv == null ? InputStream.nullInputStream() : csv, StandardCharsets.UTF_8);
            return Map.of("imported", service.importCsv(programmeId, reader));
        }
    }

    @Path("/api/v1/outcomes")
    @Tag(name = "Outcomes")
    @Produces(MediaType.APPLICATION_JSON)
    public static class ById {

        @Inject
        OutcomeService service;

        @Inject
        ObjectMapper mapper;

        @Inject
        Validator validator;

        @GET
        @Path("/{id}")
        @RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
        @Operation(summary = "Get an outcome")
        @APIResponse(responseCode = "200", description = "The outcome", content = @Content(schema = @Schema(implementation = OutcomeView.class)))
        public Response get(@PathParam("id") UUID id) {
            Outcome outcome = service.get(id);
            return Response.ok(OutcomeView.of(outcome)).tag(ETags.of(outcome.version)).build();
        }

        @PATCH
        @Path("/{id}")
        @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
        @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.SME })
        @Operation(summary = "Follow up an outcome", description = "status, value and note; audited with before and after. "
                + "An SME for its own outcomes only.")
        @RequestBody(content = @Content(schema = @Schema(implementation = OutcomeRequests.FollowUp.class)))
        @APIResponse(responseCode = "200", description = "The outcome", content = @Content(schema = @Schema(implementation = OutcomeView.class)))
        public Response followUp(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ObjectNode body)
                throws JsonProcessingException {
            Outcome outcome = service.followUp(id, PatchBody.parse(body, OutcomeRequests.FollowUp.class, mapper, validator),
                    ifMatch);
            return Response.ok(OutcomeView.of(outcome)).tag(ETags.of(outcome.version)).build();
        }
    }
}

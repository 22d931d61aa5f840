package org.pavilion.outcome;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.outcome.OutcomeViews.OutcomeView;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.security.Roles;
import org.pavilion.shared.web.QueryParams;


@Path("/api/v1/programmes/{id}/outcomes")
@Tag(name = "Outcomes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
public class ProgrammeOutcomeResource {

    @Inject
    OutcomeService service;

    @GET
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
    @APIResponse(responseCode = "422", description = "Bad rows, none imported")
    public Map<String, Integer> importCsv(@PathParam("id") UUID programmeId, InputStream csv) {
        // Read as a stream, one row at a time: a 20 MiB file is never held as one string.
        Reader reader = new InputStreamReader(csv == null ? InputStream.nullInputStream() : csv, StandardCharsets.UTF_8);
        return Map.of("imported", service.importCsv(programmeId, reader));
    }
}

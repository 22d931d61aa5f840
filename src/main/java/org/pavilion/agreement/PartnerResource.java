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
import org.pavilion.agreement.AgreementRequests.PartnerDetails;
import org.pavilion.agreement.AgreementRequests.PartnerPatch;
import org.pavilion.agreement.AgreementViews.PartnerView;
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

@Path("/api/v1/partners")
@Tag(name = "Partners and agreements", description = "Foreign partners, cooperation agreements, their commitments and meetings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN })
public class PartnerResource {

    @Inject
    PartnerService service;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Register a partner", description = "A body the province cooperates with: a foreign region, a government "
            + "agency, a business association, a company or a university; name, local name, country (ISO 3166-1 alpha-2), "
            + "city and website. Audited.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PartnerView.class)))
    public Response create(@Valid @NotNull PartnerDetails details) {
        Versioned<PartnerView> partner = service.create(details);
        return Responses.created("/api/v1/partners/" + partner.body().id(), partner);
    }

    @GET
    @Operation(summary = "List partners", description = "Ordered by name (case-insensitive), then id. `q` matches part of the "
            + "name or the local name, case-insensitive; `country` and `kind` filter exactly.")
    public Page<PartnerView> list(@QueryParam("q") String q, @QueryParam("country") String country, @QueryParam("kind") String kind,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return service.search(new PartnerRepository.Filter(QueryParams.text("q", q), QueryParams.text("country", country),
                QueryParams.enumValue(PartnerKind.class, "kind", kind)), paging);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a partner", description = "A partner with its kind, country, city and website.")
    @APIResponse(responseCode = "200", description = "The partner", content = @Content(schema = @Schema(implementation = PartnerView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.versioned(service.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Change a partner", description = "Only the fields present change; `If-Match` guards against lost "
            + "updates. Audited with before and after.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PartnerPatch.class)))
    @APIResponse(responseCode = "200", description = "The changed partner", content = @Content(schema = @Schema(implementation = PartnerView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ObjectNode body)
            throws JsonProcessingException {
        return Responses.versioned(service.update(id, PatchBody.parse(body, PartnerPatch.class, mapper, validator), ifMatch));
    }
}

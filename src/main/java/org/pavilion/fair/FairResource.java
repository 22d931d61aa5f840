package org.pavilion.fair;

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
import org.pavilion.fair.FairRequests.FairDetails;
import org.pavilion.fair.FairRequests.FairPatch;
import org.pavilion.fair.FairViews.FairView;
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

@Path("/api/v1/fairs")
@Tag(name = "Fairs", description = "Dated editions of trade shows")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME, Roles.REVIEWER })
public class FairResource {

    @Inject
    FairService service;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Create a fair", description = "A trade fair: name, series (the same fair over the years), organiser, city, country (ISO 3166-1 alpha-2), venue, dates (endsOn >= startsOn; endsOn is the reference date of its programmes' follow-up) and sectors.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = FairView.class)))
    public Response create(@Valid @NotNull FairDetails details) {
        Versioned<FairView> fair = service.create(details);
        return Responses.created("/api/v1/fairs/" + fair.body().id(), fair);
    }

    @GET
    @Operation(summary = "List fairs", description = "Ordered by startsOn, then id. `from`/`to` keep fairs running on any day "
            + "in the range; `q` matches part of the name or series, case-insensitive.")
    public Page<FairView> list(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("country") String country,
            @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        var filter = new FairRepository.Filter(QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.text("country", country), QueryParams.text("q", q));
        return service.search(filter, paging).map(FairView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a fair", description = "A trade fair with its series, place, dates and sectors.")
    @APIResponse(responseCode = "200", description = "The fair", content = @Content(schema = @Schema(implementation = FairView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.versioned(service.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Change a fair", description = "Only the fields present change; `If-Match` guards against lost updates.")
    @RequestBody(content = @Content(schema = @Schema(implementation = FairPatch.class)))
    @APIResponse(responseCode = "200", description = "The changed fair", content = @Content(schema = @Schema(implementation = FairView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ObjectNode body)
            throws JsonProcessingException {
        return Responses.versioned(service.update(id, PatchBody.parse(body, FairPatch.class, mapper, validator), ifMatch));
    }
}

package org.pavilion.company;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.company.CompanyRequests.CompanyDetails;
import org.pavilion.company.CompanyRequests.CompanyPatch;
import org.pavilion.company.CompanyRequests.NewMember;
import org.pavilion.company.CompanyViews.CompanyView;
import org.pavilion.company.CompanyViews.MemberView;
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

@Path("/api/v1/companies")
@Tag(name = "Companies", description = "SMEs: registration, verification, members")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
public class CompanyResource {

    @Inject
    CompanyService service;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.SME })
    @Operation(summary = "Register a company", description = "Registered by an officer: VERIFIED. Registered by an SME: "
            + "PENDING_VERIFICATION, and the caller becomes a member. The BRN is checked with the NTS check digit.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = CompanyView.class)))
    @APIResponse(responseCode = "409", description = "A company with this BRN is already registered")
    public Response register(@Valid @NotNull CompanyDetails details) {
        Versioned<CompanyView> company = service.register(details);
        return Responses.created("/api/v1/companies/" + company.body().id(), company);
    }

    @GET
    @Operation(summary = "List companies", description = "Ordered by Korean name (case-insensitive), then id. "
            + "`q` matches part of nameKo, nameEn or the BRN, case-insensitive. An SME sees only its own companies.")
    public Page<CompanyView> list(@QueryParam("q") String q, @QueryParam("sector") String sector,
            @QueryParam("city") String city, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        var filter = new CompanyRepository.Filter(QueryParams.text("q", q), QueryParams.text("sector", sector),
                QueryParams.text("city", city), QueryParams.enumValue(CompanyStatus.class, "status", status), null);
        return service.search(filter, paging).map(CompanyView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME, Roles.REVIEWER })
    @Operation(summary = "Get a company", description = "An SME sees its own companies; a reviewer the companies applying "
            + "to a programme or voucher programme whose panel names it (404 otherwise).")
    @APIResponse(responseCode = "200", description = "The company, with its ETag",
            content = @Content(schema = @Schema(implementation = CompanyView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.versioned(service.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.SME })
    @Operation(summary = "Change a company", description = "Only the fields present change. Officers: any field and "
            + "status VERIFIED or SUSPENDED. SMEs: only contactEmail, contactPhone and preferredLanguage of their own company; any other "
            + "field is 403. `If-Match` with the ETag guards against lost updates (412 when stale).")
    @RequestBody(content = @Content(schema = @Schema(implementation = CompanyPatch.class)))
    @APIResponse(responseCode = "200", description = "The changed company",
            content = @Content(schema = @Schema(implementation = CompanyView.class)))
    @APIResponse(responseCode = "409", description = "The new BRN belongs to another company")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ObjectNode body)
            throws JsonProcessingException {
        PatchBody<CompanyPatch> patch = PatchBody.parse(body, CompanyPatch.class, mapper, validator);
        return Responses.versioned(service.update(id, patch.values(), patch.present(), ifMatch));
    }

    @GET
    @Path("/{id}/members")
    @Operation(summary = "List a company's members", description = "Ordered by the date they were added, then subject.")
    public Page<MemberView> members(@PathParam("id") UUID id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.members(id, PageRequest.of(page, size));
    }

    @POST
    @Path("/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Add a member", description = "The user (by token subject) then acts for the company as an SME.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", description = "Already a member")
    public Response addMember(@PathParam("id") UUID id, @Valid @NotNull NewMember member) {
        MemberView added = service.addMember(id, member);
        URI location = UriBuilder.fromPath("/api/v1/companies/{id}/members/{subject}").build(id, added.subject());
        return Response.created(location).entity(added).build();
    }

    @DELETE
    @Path("/{id}/members/{subject}")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Remove a member", description = "The user, by its sub, no longer acts for the company; audited as member-removed. 404 when it is not a member.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeMember(@PathParam("id") UUID id, @PathParam("subject") String subject) {
        service.removeMember(id, subject);
    }
}

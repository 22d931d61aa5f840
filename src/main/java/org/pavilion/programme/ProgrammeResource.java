package org.pavilion.programme;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.programme.ProgrammeRequests.AgreementLink;
import org.pavilion.programme.ProgrammeRequests.BudgetChange;
import org.pavilion.programme.ProgrammeRequests.CapChange;
import org.pavilion.programme.ProgrammeRequests.ProgrammeDetails;
import org.pavilion.programme.ProgrammeViews.CapHistoryEntry;
import org.pavilion.programme.ProgrammeViews.ProgrammeView;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.security.Roles;
import org.pavilion.shared.web.QueryParams;
import org.pavilion.shared.web.Responses;
import org.pavilion.shared.web.Versioned;

@Path("/api/v1/programmes")
@Tag(name = "Programmes", description = "Support programmes with budgets and per-company caps")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME, Roles.REVIEWER })
public class ProgrammeResource {

    @Inject
    ProgrammeService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Create a programme", description = "The per-company cap becomes the first entry of the cap "
            + "history, effective from today (Asia/Seoul).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    public Response create(@Valid @NotNull ProgrammeDetails details) {
        Versioned<ProgrammeView> created = service.create(details).versioned();
        return Responses.created("/api/v1/programmes/" + created.body().id(), created);
    }

    @GET
    @Operation(summary = "List programmes", description = "Newest first: by the fair's startsOn (or applicationOpensOn "
            + "without a fair) descending, then name, then id. `year` is the year of that date.")
    public Page<ProgrammeView> list(@QueryParam("fairId") String fairId, @QueryParam("year") String year,
            @QueryParam("kind") String kind, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        var filter = new ProgrammeRepository.Filter(QueryParams.uuid("fairId", fairId), QueryParams.integer("year", year),
                QueryParams.enumValue(ProgrammeKind.class, "kind", kind));
        return service.search(filter, paging).map(ProgrammeService.WithCap::view);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a programme with its live budget summary", description = "budgetSummary: budget, allocated (live allocations), disbursed, remaining = budget - allocated, and the per-company cap in force today (Asia/Seoul).")
    @APIResponse(responseCode = "200", description = "The programme", content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    public Response get(@PathParam("id") UUID id) {
        return withETag(service.get(id));
    }

    @PUT
    @Path("/{id}/per-company-cap")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Set a new per-company cap", description = "Allocations made from effectiveFrom on are checked "
            + "against it; allocations already made stand. Answers the programme.")
    @APIResponse(responseCode = "200", description = "The programme", content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    public Response changeCap(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CapChange change) {
        return withETag(service.changeCap(id, change, ifMatch));
    }

    @GET
    @Path("/{id}/per-company-cap/history")
    @Operation(summary = "Every per-company cap of the programme", description = "Ordered by effectiveFrom, then setAt; "
            + "the first entry is the cap given at creation.")
    public Page<CapHistoryEntry> capHistory(@PathParam("id") UUID id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        List<CapHistoryEntry> all = service.capHistory(id);
        List<CapHistoryEntry> slice = all.stream().skip(paging.offset()).limit(paging.size()).toList();
        return Page.of(slice, paging, all.size());
    }

    @PUT
    @Path("/{id}/budget")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN })
    @Operation(summary = "Change the budget", description = "Never below what is already allocated.")
    @APIResponse(responseCode = "200", description = "The programme", content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "422", description = "budget-exceeded: below what is already allocated")
    public Response changeBudget(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull BudgetChange change) {
        return withETag(service.changeBudget(id, change, ifMatch));
    }

    @PUT
    @Path("/{id}/agreement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Link the programme to an agreement", description = "The cooperation agreement the programme carries "
            + "out (400 when none has this id); `agreementId: null` unlinks it. Audited as `agreement-linked`.")
    @APIResponse(responseCode = "200", description = "The programme", content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    public Response linkAgreement(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AgreementLink link) {
        return withETag(service.linkAgreement(id, link.agreementId(), ifMatch));
    }

    private static Response withETag(ProgrammeService.WithCap programme) {
        return Responses.versioned(programme.versioned());
    }
}

package org.pavilion.selection;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.pavilion.selection.SelectionRequests.NewPanelMember;
import org.pavilion.selection.SelectionRequests.SettingsChange;
import org.pavilion.selection.SelectionViews.PanelMemberView;
import org.pavilion.selection.SelectionViews.SettingsView;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.security.Roles;
import org.pavilion.shared.web.PlainText;
import org.pavilion.shared.web.Responses;
import org.pavilion.shared.web.ValidBodies;

/**
 * The selection endpoints of a call, the same for programmes and voucher programmes: settings, the reviewer
 * panel and the ranking. Each subclass names its path and its kind of call.
 */
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
abstract class SelectionEndpoints {

    @Inject
    SelectionService service;

    @Inject
    ValidBodies bodies;

    /** Whether this resource serves programmes or voucher programmes. */
    abstract CallKind kind();

    /** The path of a call, for Location headers. */
    abstract String callPath(UUID id);

    @PUT
    @Path("/selection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the selection settings", description = "seats >= 1, reviewsRequired 1..9 (default 2), 1..10 "
            + "criteria with unique keys ([a-z0-9-]{1,40}) and positive weights (decimal strings, at most 1000, at most 4 "
            + "decimals). Once a review exists, changing a criterion's key or weight, or adding or removing one, is 409 "
            + "(labels, seats and reviewsRequired may change).")
    @APIResponse(responseCode = "200", description = "The settings", content = @Content(schema = @Schema(implementation = SettingsView.class)))
    @APIResponse(responseCode = "409", description = "criteria-locked: reviews exist")
    public Response configure(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SettingsChange request) {
        return Responses.versioned(service.configure(kind(), id, bodies.require(request), ifMatch));
    }

    @GET
    @Path("/selection")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.REVIEWER })
    @Operation(summary = "Get the selection settings", description = "Officers, admins, and reviewers on the panel (404 "
            + "for a reviewer off the panel, and when no settings exist).")
    @APIResponse(responseCode = "200", description = "The settings", content = @Content(schema = @Schema(implementation = SettingsView.class)))
    public Response settings(@PathParam("id") UUID id) {
        return Responses.versioned(service.settingsOf(kind(), id));
    }

    @POST
    @Path("/reviewers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a reviewer to the panel", description = "By the sub claim of the reviewer's token. A reviewer "
            + "sees and reviews only the applications of the calls whose panel names it.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = PanelMemberView.class)))
    @APIResponse(responseCode = "409", description = "already-on-panel")
    public Response addReviewer(@PathParam("id") UUID id, @Valid @NotNull NewPanelMember request) {
        PanelMemberView member = service.addReviewer(kind(), id, bodies.require(request));
        URI location = UriBuilder.fromPath(callPath(id)).path("reviewers").path("{subject}").build(member.subject());
        return Response.created(location).entity(member).build();
    }

    @GET
    @Path("/reviewers")
    @Operation(summary = "List the panel", description = "Ordered by the date each reviewer was added, then subject.")
    public Page<PanelMemberView> panel(@PathParam("id") UUID id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return service.panelOf(kind(), id, PageRequest.of(page, size));
    }

    @DELETE
    @Path("/reviewers/{subject}")
    @Operation(summary = "Remove a reviewer from the panel", description = "The reviews it gave stand.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeReviewer(@PathParam("id") UUID id, @PathParam("subject") String subject) {
        service.removeReviewer(kind(), id, PlainText.trimToNull(subject));
    }

    @GET
    @Path("/ranking")
    @Operation(summary = "Rank the applications", description = "The applications in APPLIED: complete ones (scored reviews "
            + ">= reviewsRequired) first, by the exact mean of their weighted scores descending, then by the earlier "
            + "application; incomplete ones after, by the earlier application. score is that mean rounded once to 2 "
            + "decimals (HALF_EVEN); rank is 1.. for complete ones, null otherwise. Computed in one SQL statement.")
    @APIResponse(responseCode = "200", description = "The ranking", content = @Content(schema = @Schema(implementation = Ranking.class)))
    public Ranking ranking(@PathParam("id") UUID id) {
        return service.ranking(kind(), id);
    }
}

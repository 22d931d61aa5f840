package org.pavilion.agreement;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.agreement.AgreementViews.MeetingView;
import org.pavilion.shared.security.Roles;

@Path("/api/v1/meetings")
@Tag(name = "Partners and agreements")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

    @Inject
    AgreementService service;

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN })
    @Operation(summary = "Get a meeting", description = "A meeting held under an agreement.")
    public MeetingView get(@PathParam("id") UUID id) {
        return service.meeting(id);
    }
}

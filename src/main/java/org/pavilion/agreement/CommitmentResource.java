package org.pavilion.agreement;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.agreement.AgreementRequests.Transition;
import org.pavilion.agreement.AgreementViews.CommitmentView;
import org.pavilion.shared.security.Roles;

@Path("/api/v1/commitments")
@Tag(name = "Partners and agreements")
@Produces(MediaType.APPLICATION_JSON)
public class CommitmentResource {

    @Inject
    AgreementService service;

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN })
    @Operation(summary = "Get a commitment", description = "A commitment with its agreement, status and whether it is overdue "
            + "today (Asia/Seoul).")
    public CommitmentView get(@PathParam("id") UUID id) {
        return service.commitment(id);
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Move a commitment", description = "PLANNED → IN_PROGRESS | DROPPED, IN_PROGRESS → DONE | DROPPED; "
            + "anything else is 409 `illegal-transition`. Audited with the note.")
    public CommitmentView transition(@PathParam("id") UUID id, @Valid @NotNull Transition transition) {
        return service.transition(id, transition.to(), transition.note());
    }
}

package org.pavilion.followup;


import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.followup.FollowUpViews.RoundView;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.security.Roles;
import org.pavilion.shared.web.QueryParams;

@Path("/api/v1/follow-ups")
@Tag(name = "Follow-up", description = "Follow-up rounds after a fair, signed and verified contracts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
public class FollowUpResource {

    @Inject
    FollowUpService service;

    @GET
    @Operation(summary = "List follow-up rounds across programmes", description = "Who is late: rounds of ATTENDED "
            + "participations with their status on today's Seoul date, ordered by dueOn, then company name, participation "
            + "and month. An SME gets its own companies' only.")
    public Page<RoundView> list(@QueryParam("programmeId") String programmeId, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return service.search(QueryParams.uuid("programmeId", programmeId),
                QueryParams.enumValue(FollowUpStatus.class, "status", status), paging);
    }
}

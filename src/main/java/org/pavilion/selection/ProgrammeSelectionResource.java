package org.pavilion.selection;

import java.util.UUID;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/programmes/{id}")
@Tag(name = "Selection", description = "Scored review, ranking, committee decision and waitlist")
public class ProgrammeSelectionResource extends SelectionEndpoints {

    @Override
    CallKind kind() {
        return CallKind.PROGRAMME;
    }

    @Override
    String callPath(UUID id) {
        return "/api/v1/programmes/" + id;
    }
}

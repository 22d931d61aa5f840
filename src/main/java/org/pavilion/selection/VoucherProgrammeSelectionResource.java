package org.pavilion.selection;

import java.util.UUID;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/voucher-programmes/{id}")
@Tag(name = "Selection", description = "Scored review, ranking, committee decision and waitlist")
public class VoucherProgrammeSelectionResource extends SelectionEndpoints {

    @Override
    CallKind kind() {
        return CallKind.VOUCHER_PROGRAMME;
    }

    @Override
    String callPath(UUID id) {
        return "/api/v1/voucher-programmes/" + id;
    }
}

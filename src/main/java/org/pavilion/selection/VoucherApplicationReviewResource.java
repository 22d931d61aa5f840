package org.pavilion.selection;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/voucher-applications/{id}/reviews")
@Tag(name = "Selection", description = "Scored review, ranking, committee decision and waitlist")
public class VoucherApplicationReviewResource extends ApplicationReviewEndpoints {

    @Override
    CallKind kind() {
        return CallKind.VOUCHER_PROGRAMME;
    }
}

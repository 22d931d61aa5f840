package org.pavilion.notification;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the webhook endpoints accept. */
public final class WebhookRequests {

    private WebhookRequests() {
    }

    @Schema(name = "NewWebhook")
    public record NewWebhook(
            @NotBlank @Size(max = 2000) @Schema(example = "https://app.example/hooks/pavilion",
                    description = "http or https; not resolving to loopback, private or link-local addresses") String url,
            @NotNull @Size(min = 1, max = 20) @Schema(example = "[\"claim.status-changed\", \"voucher-application.decided\"]",
                    description = "Event types, or [\"*\"] for all: participation.status-changed, allocation.created, "
                            + "allocation.cancelled, disbursement.created, voucher-application.decided, claim.status-changed, "
                            + "outcome.verified, follow-up.submitted, follow-up.overdue, selection.decided")
            List<@NotBlank @Size(max = 60) String> events,
            @Size(max = 500) @Schema(example = "SME client app") String description) {
    }
}

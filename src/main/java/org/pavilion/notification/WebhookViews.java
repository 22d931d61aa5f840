package org.pavilion.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the webhook endpoints answer. */
public final class WebhookViews {

    private WebhookViews() {
    }

    @Schema(name = "Webhook", description = "A subscription; its secret is shown only when it is created")
    public record WebhookView(UUID id, String url, List<String> events, String description, boolean active,
            Instant createdAt) {

        static WebhookView of(Webhook w) {
            return new WebhookView(w.id, w.url, w.events(), w.description, w.active(), w.createdAt);
        }
    }

    @Schema(name = "NewWebhookWithSecret", description = "The new subscription with its signing secret, shown only in this answer")
    public record CreatedWebhookView(UUID id, String url, List<String> events, String description, boolean active,
            Instant createdAt,
            @Schema(example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", description = "whsec_ + base64 of 32 random bytes; "
                    + "the HMAC-SHA256 key is its decoded part after whsec_") String secret) {

        static CreatedWebhookView of(Webhook w) {
            return new CreatedWebhookView(w.id, w.url, w.events(), w.description, w.active(), w.createdAt, w.secret);
        }
    }

    @Schema(name = "WebhookDelivery", description = "The delivery of one event to one subscription")
    public record DeliveryView(
            @Schema(description = "The event's webhook-id, the same on every attempt") UUID eventId,
            @Schema(example = "claim.status-changed") String type,
            Instant occurredAt,
            @Schema(description = "Attempts made so far") int attempts,
            @Schema(description = "The HTTP status of the last answer; null when there was none (timeout, refused)") Integer lastStatus,
            @Schema(description = "Why the last attempt failed, when it did") String lastError,
            Instant lastAttemptAt,
            @Schema(description = "When a 2xx answer was received") Instant deliveredAt,
            @Schema(description = "When the next attempt is due; null when delivered or given up") Instant nextAttemptAt) {
    }
}

package org.pavilion.notification;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.notification.WebhookRequests.NewWebhook;
import org.pavilion.notification.WebhookViews.CreatedWebhookView;
import org.pavilion.notification.WebhookViews.DeliveryView;
import org.pavilion.notification.WebhookViews.WebhookView;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.security.Roles;

@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Subscriptions to events, signed deliveries (Standard Webhooks), the delivery log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    @Inject
    WebhookService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to events", description = "Admins only. Deliveries follow the Standard Webhooks "
            + "specification: POST {type, timestamp, data} with webhook-id (one per event, the same on every retry), "
            + "webhook-timestamp (Unix seconds) and webhook-signature (v1, + base64 HMAC-SHA256 of "
            + "\"{webhook-id}.{webhook-timestamp}.{body}\" with the secret's decoded key). The secret is shown only in "
            + "this answer. A non-2xx answer or none within 10 s is retried after about 5 s, 30 s, 2 min, 10 min, 30 min, "
            + "1 h, then every 2 h for 24 h. 422 webhook-url-not-allowed for a URL resolving to loopback, private or "
            + "link-local addresses (unless PAVILION_WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true).")
    @APIResponse(responseCode = "201", description = "Subscribed; the secret is shown only here",
            content = @Content(schema = @Schema(implementation = CreatedWebhookView.class)))
    @APIResponse(responseCode = "422", description = "webhook-url-not-allowed")
    public Response subscribe(@Valid @NotNull NewWebhook request) {
        CreatedWebhookView created = service.subscribe(request);
        return Response.created(URI.create("/api/v1/webhooks/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "List the subscriptions", description = "Admins only. Without secrets; oldest first (created, then id).")
    public Page<WebhookView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return service.list(PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a subscription", description = "Admins only. Without its secret.")
    @APIResponse(responseCode = "200", description = "The subscription", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public WebhookView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a subscription", description = "Admins only. Nothing more is delivered to it, "
            + "retries included; it is no longer listed.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The delivery log", description = "Admins only. One entry per event sent to this subscription, "
            + "newest event first (then event id); eventId is the event's webhook-id.")
    public Page<DeliveryView> deliveries(@PathParam("id") UUID id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return service.deliveries(id, PageRequest.of(page, size));
    }

    @POST
    @Path("/{id}/deliveries/{eventId}/redeliver")
    @Operation(summary = "Deliver an event again", description = "Admins only. The event is sent again at once with the "
            + "same webhook-id and body, and retried on failure as a new delivery would be (for 24 h from now).")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public Response redeliver(@PathParam("id") UUID id, @PathParam("eventId") UUID eventId) {
        return Response.accepted(service.redeliver(id, eventId)).build();
    }
}

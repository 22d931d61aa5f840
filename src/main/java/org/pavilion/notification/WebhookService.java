package org.pavilion.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pavilion.notification.WebhookRequests.NewWebhook;
import org.pavilion.notification.WebhookViews.CreatedWebhookView;
import org.pavilion.notification.WebhookViews.DeliveryView;
import org.pavilion.notification.WebhookViews.WebhookView;
import org.pavilion.shared.audit.AuditLog;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.security.CurrentUser;
import org.pavilion.shared.web.PlainText;

/** Subscriptions (admins only), their delivery log and redelivery; every change audited, never with the secret. */
@ApplicationScoped
public class WebhookService {

    static final String ENTITY = "webhook";

    @Inject
    WebhookRepository webhooks;

    @Inject
    WebhookDeliveryLedger deliveries;

    @Inject
    WebhookTargets targets;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @ConfigProperty(name = "pavilion.webhooks.retry-for", defaultValue = "24h")
    Duration retryFor;

    @Transactional
    public CreatedWebhookView subscribe(NewWebhook request) {
        List<String> events = request.events().stream().map(String::trim).toList();
        for (int i = 0; i < events.size(); i++) {
            String event = events.get(i);
            if (!event.equals(EventType.ALL) && EventType.ofWireName(event).isEmpty()) {
                throw ApiProblem.BadRequest.field("events[" + i + "]", "is not a known event type");
            }
        }
        String url = targets.requireAllowed(request.url()).toString();
        Webhook webhook = Webhook.subscribe(url, events, PlainText.trimToNull(request.description()), user.subject());
        webhooks.persist(webhook);
        webhooks.flush();
        audit.created(ENTITY, webhook.id, webhook.snapshot());
        return CreatedWebhookView.of(webhook);
    }

    public Page<WebhookView> list(PageRequest page) {
        return webhooks.active(page).map(WebhookView::of);
    }

    public WebhookView get(UUID id) {
        return WebhookView.of(require(id));
    }

    /** Deletes the subscription: nothing more is delivered to it; its log stays for the audit. */
    @Transactional
    public void delete(UUID id) {
        Webhook webhook = webhooks.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(Webhook::active).orElseThrow(WebhookService::notFound);
        Map<String, Object> before = webhook.snapshot();
        webhook.delete(user.subject());
        webhooks.flush();
        deliveries.stopAll(id);
        audit.changed("deleted", ENTITY, id, before, webhook.snapshot());
    }

    @Transactional
    public Page<DeliveryView> deliveries(UUID id, PageRequest page) {
        require(id);
        return deliveries.log(id, page);
    }

    /** Sends an event to the subscription again, now, whatever became of earlier attempts. */
    @Transactional
    public DeliveryView redeliver(UUID id, UUID eventId) {
        require(id);
        if (!deliveries.redeliver(id, eventId, retryFor)) {
            throw new ApiProblem.NotFound("delivery of an event");
        }
        audit.recorded("redelivery-requested", ENTITY, id, null, Map.of("eventId", eventId));
        return deliveries.one(id, eventId).orElseThrow();
    }

    private Webhook require(UUID id) {
        return webhooks.active(id).orElseThrow(WebhookService::notFound);
    }

    private static ApiProblem notFound() {
        return new ApiProblem.NotFound("webhook");
    }
}

package org.pavilion.notification;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class WebhookRepository implements PanacheRepositoryBase<Webhook, UUID> {

    /** A subscription that has not been deleted. */
    Optional<Webhook> active(UUID id) {
        return find("id = ?1 and deletedAt is null", id).firstResultOptional();
    }

    /** The subscriptions not deleted, oldest first. */
    Page<Webhook> active(PageRequest page) {
        PanacheQuery<Webhook> query = find("deletedAt is null", Sort.by("createdAt").and("id"));
        return Page.of(query.page(page.page(), page.size()).list(), page, query.count());
    }
}

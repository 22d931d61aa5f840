package org.pavilion.selection;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pavilion.shared.paging.FilteredQuery;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {

    boolean anyFor(UUID callId) {
        return find("callId", callId).firstResultOptional().isPresent();
    }

    boolean exists(UUID applicationId, String reviewerSubject) {
        return count("applicationId = ?1 and reviewerSubject = ?2", applicationId, reviewerSubject) > 0;
    }

    /** An application's reviews by submission, then id; only one reviewer's when {@code reviewer} is given. */
    Page<Review> of(UUID applicationId, String reviewer, PageRequest page) {
        return FilteredQuery.from("Review r").and("r.applicationId = :application", "application", applicationId)
                .and("r.reviewerSubject = :reviewer", "reviewer", reviewer)
                .page(getEntityManager(), Review.class, "r.submittedAt, r.id", page);
    }
}

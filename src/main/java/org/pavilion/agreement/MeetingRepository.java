package org.pavilion.agreement;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pavilion.shared.paging.FilteredQuery;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    /** Newest first: by the day held, then the time recorded, then id. */
    Page<Meeting> ofAgreement(UUID agreementId, PageRequest page) {
        return FilteredQuery.from("Meeting m").and("m.agreementId = :agreement", "agreement", agreementId)
                .page(getEntityManager(), Meeting.class, "m.heldOn desc, m.createdAt desc, m.id", page);
    }
}

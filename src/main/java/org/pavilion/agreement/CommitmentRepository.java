package org.pavilion.agreement;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pavilion.shared.paging.FilteredQuery;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class CommitmentRepository implements PanacheRepositoryBase<Commitment, UUID> {

    /** In creation order. */
    Page<Commitment> ofAgreement(UUID agreementId, PageRequest page) {
        return FilteredQuery.from("Commitment c").and("c.agreementId = :agreement", "agreement", agreementId)
                .page(getEntityManager(), Commitment.class, "c.createdAt, c.id", page);
    }
}

package org.pavilion.participation;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pavilion.shared.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;

@ApplicationScoped
class DisbursementRepository implements PanacheRepositoryBase<Disbursement, UUID> {

    List<Disbursement> ofAllocation(UUID allocationId, PageRequest page) {
        return find("allocationId = ?1 order by paidOn, createdAt, id", allocationId)
                .page(Page.of(page.page(), page.size())).list();
    }

    long countOfAllocation(UUID allocationId) {
        return count("allocationId", allocationId);
    }
}

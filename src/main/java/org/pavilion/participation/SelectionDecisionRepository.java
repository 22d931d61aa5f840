package org.pavilion.participation;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pavilion.shared.paging.FilteredQuery;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class SelectionDecisionRepository implements PanacheRepositoryBase<SelectionDecision, UUID> {

    /** A programme's decisions, newest first. */
    Page<SelectionDecision> of(UUID programmeId, PageRequest page) {
        return FilteredQuery.from("SelectionDecision d").and("d.programmeId = :programme", "programme", programmeId)
                .page(getEntityManager(), SelectionDecision.class, "d.decidedAt desc, d.id desc", page);
    }
}

package org.pavilion.programme;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pavilion.shared.paging.FilteredQuery;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class ProgrammeRepository implements PanacheRepositoryBase<Programme, UUID> {

    record Filter(UUID fairId, Integer year, ProgrammeKind kind) {
    }

    /** Newest first: by the fair's start (or the application opening without a fair), then name, then id. */
    Page<Programme> search(Filter filter, PageRequest page) {
        return FilteredQuery.from("Programme p").join("left join Fair f on f.id = p.fairId")
                .and("p.fairId = :fairId", "fairId", filter.fairId())
                .and("year(coalesce(f.startsOn, p.applicationOpensOn)) = :year", "year", filter.year())
                .and("p.kind = :kind", "kind", filter.kind())
                .page(getEntityManager(), Programme.class, "coalesce(f.startsOn, p.applicationOpensOn) desc nulls last, p.name, p.id", page);
    }
}

package org.pavilion.agreement;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pavilion.shared.paging.FilteredQuery;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.web.QueryParams;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    record Filter(String q, String country, PartnerKind kind) {
    }

    /** By name (case-insensitive), then id; {@code q} matches part of the name or the local name. */
    Page<Partner> search(Filter filter, PageRequest page) {
        String q = filter.q() == null ? null : QueryParams.likePattern(filter.q());
        return FilteredQuery.from("Partner p")
                .and("(lower(p.name) like :q escape '\\' or lower(coalesce(p.nameLocal, '')) like :q escape '\\')", "q", q)
                .and("p.country = :country", "country", filter.country() == null ? null : filter.country().toUpperCase())
                .and("p.kind = :kind", "kind", filter.kind())
                .page(getEntityManager(), Partner.class, "lower(p.name), p.id", page);
    }

    List<Partner> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}

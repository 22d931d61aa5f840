package org.pavilion.programme;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import org.pavilion.shared.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class ProgrammeRepository implements PanacheRepositoryBase<Programme, UUID> {

    record Filter(UUID fairId, Integer year, ProgrammeKind kind) {
    }

    // The year is the fair's start, or the application opening without a fair.
    private static final String FROM = " from programmes p left join fairs f on f.id = p.fair_id where true";

    @SuppressWarnings("unchecked")
    List<Programme> search(Filter filter, PageRequest page) {
        var query = getEntityManager().createNativeQuery("select p.*" + FROM + where(filter)
                + " order by coalesce(f.starts_on, p.application_opens_on) desc nulls last, p.name, p.id"
                + " limit " + page.size() + " offset " + page.offset(), Programme.class);
        bind(query, filter);
        return query.getResultList();
    }

    long countMatching(Filter filter) {
        var query = getEntityManager().createNativeQuery("select count(*)" + FROM + where(filter));
        bind(query, filter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String where(Filter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.fairId() != null) {
            where.append(" and p.fair_id = :fairId");
        }
        if (filter.year() != null) {
            where.append(" and extract(year from coalesce(f.starts_on, p.application_opens_on)) = :year");
        }
        if (filter.kind() != null) {
            where.append(" and p.kind = :kind");
        }
        return where.toString();
    }

    private static void bind(Query query, Filter filter) {
        if (filter.fairId() != null) {
            query.setParameter("fairId", filter.fairId());
        }
        if (filter.year() != null) {
            query.setParameter("year", filter.year());
        }
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind().name());
        }
    }
}

package org.pavilion.fair;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.web.QueryParams;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;

@ApplicationScoped
class FairRepository implements PanacheRepositoryBase<Fair, UUID> {

    record Filter(LocalDate from, LocalDate to, String country, String q) {
    }

    List<Fair> search(Filter filter, PageRequest page) {
        Where where = where(filter);
        return find(where.jpql + " order by startsOn, id", where.params)
                .page(Page.of(page.page(), page.size())).list();
    }

    long countMatching(Filter filter) {
        Where where = where(filter);
        return count(where.jpql, where.params);
    }

    private record Where(String jpql, Map<String, Object> params) {
    }

    /** A fair matches a date range when it runs on any day inside it. */
    private static Where where(Filter filter) {
        StringBuilder jpql = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.from() != null) {
            jpql.append(" and endsOn >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            jpql.append(" and startsOn <= :to");
            params.put("to", filter.to());
        }
        if (filter.country() != null) {
            jpql.append(" and country = :country");
            params.put("country", filter.country().toUpperCase());
        }
        if (filter.q() != null) {
            jpql.append(" and (lower(name) like :q escape '\\' or lower(coalesce(series, '')) like :q escape '\\')");
            params.put("q", QueryParams.likePattern(filter.q()));
        }
        return new Where(jpql.toString(), params);
    }
}

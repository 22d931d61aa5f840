package org.pavilion.shared.paging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.pavilion.shared.security.CompanyScope;

/**
 * A JPQL list with optional filters, answered as a page with its total: conditions whose value is
 * absent are left out, and the same conditions drive both the page and the count.
 */
public final class FilteredQuery {

    private final StringBuilder from;
    private final String alias;
    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> params = new LinkedHashMap<>();

    private FilteredQuery(String from) {
        this.from = new StringBuilder(from);
        this.alias = from.substring(from.lastIndexOf(' ') + 1);
    }

    /** Joins another entity for filtering or ordering, such as {@code "left join Fair f on f.id = p.fairId"}. */
    public FilteredQuery join(String join) {
        from.append(' ').append(join);
        return this;
    }

    /** {@code from} names the entity and its alias, such as {@code "Outcome o"}. */
    public static FilteredQuery from(String from) {
        return new FilteredQuery(from);
    }

    /** Adds {@code condition} (using {@code :name}) when {@code value} is not null. */
    public FilteredQuery and(String condition, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            params.put(name, value);
        }
        return this;
    }

    /** SME isolation for lists: every company for staff; otherwise only the scope's companies, none when it has none. */
    public FilteredQuery withinCompanies(String companyField, CompanyScope scope) {
        if (!scope.all()) {
            where.append(" and ").append(companyField).append(" in :visibleCompanies");
            params.put("visibleCompanies", scope.companies().isEmpty() ? List.of(new UUID(0, 0)) : scope.companies());
        }
        return this;
    }

    public <T> Page<T> page(EntityManager em, Class<T> type, String orderBy, PageRequest page) {
        var query = em.createQuery("select " + alias + " from " + from + where + " order by " + orderBy, type);
        var count = em.createQuery("select count(" + alias + ") from " + from + where, Long.class);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        return Page.of(query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                count.getSingleResult());
    }
}

package org.pavilion.company;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.web.QueryParams;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;

@ApplicationScoped
class CompanyRepository implements PanacheRepositoryBase<Company, UUID> {

    record Filter(String q, String sector, String city, CompanyStatus status, String memberSubject) {
    }

    /** Locks the row (SELECT ... FOR UPDATE) and reloads it, even if this transaction read it before. */
    Optional<Company> findForUpdate(UUID id) {
        Company entity = findById(id);
        if (entity != null) {
            getEntityManager().refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(entity);
    }

    boolean brnTakenByAnother(String brn, UUID except) {
        return count("brn = ?1 and id <> ?2", brn, except) > 0;
    }

    boolean brnTaken(String brn) {
        return count("brn", brn) > 0;
    }

    /** Companies matching the filter, by Korean name then id (a stable order). */
    List<Company> search(Filter filter, PageRequest page) {
        Query query = where(filter);
        return find(query.jpql + " order by lower(nameKo), id", query.params)
                .page(Page.of(page.page(), page.size())).list();
    }

    long countMatching(Filter filter) {
        Query query = where(filter);
        return count(query.jpql, query.params);
    }

    private record Query(String jpql, Map<String, Object> params) {
    }

    private static Query where(Filter filter) {
        StringBuilder jpql = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.q() != null) {
            jpql.append(" and (lower(nameKo) like :q escape '\\' or lower(coalesce(nameEn, '')) like :q escape '\\'"
                    + " or replace(brn, '-', '') like :digits escape '\\')");
            params.put("q", QueryParams.likePattern(filter.q()));
            params.put("digits", QueryParams.likePattern(filter.q().replace("-", "")));
        }
        if (filter.sector() != null) {
            jpql.append(" and lower(sector) = :sector");
            params.put("sector", filter.sector().toLowerCase());
        }
        if (filter.city() != null) {
            jpql.append(" and lower(city) = :city");
            params.put("city", filter.city().toLowerCase());
        }
        if (filter.status() != null) {
            jpql.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.memberSubject() != null) {
            jpql.append(" and id in (select m.companyId from CompanyMember m where m.subject = :member)");
            params.put("member", filter.memberSubject());
        }
        return new Query(jpql.toString(), params);
    }

    /**
     * Whether the company has an application (participation or voucher application) in a programme or voucher
     * programme whose selection panel names the reviewer.
     */
    boolean underReviewBy(UUID companyId, String reviewer) {
        return !getEntityManager().createNativeQuery("""
                select 1 from selection_reviewers r join participations p on p.programme_id = r.call_id
                 where r.subject = :reviewer and p.company_id = :company
                union all
                select 1 from selection_reviewers r join voucher_applications a on a.programme_id = r.call_id
                 where r.subject = :reviewer and a.company_id = :company
                limit 1
                """).setParameter("reviewer", reviewer).setParameter("company", companyId).getResultList().isEmpty();
    }
}

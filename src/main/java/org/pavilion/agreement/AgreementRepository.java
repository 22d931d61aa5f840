package org.pavilion.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class AgreementRepository implements PanacheRepositoryBase<Agreement, UUID> {

    /** The status rule of {@link AgreementStatus#on} in SQL, for filtering lists. */
    private static final String STATUS = "case when a.terminated_on <= :today then 'TERMINATED' "
            + "when a.ends_on < :today then 'EXPIRED' else 'ACTIVE' end";

    record Filter(UUID partnerId, AgreementStatus status, CooperationArea area) {
    }

    /** The agreement with its partners, in their order. */
    Optional<Agreement> find(UUID id, boolean forChange) {
        Optional<Agreement> found = forChange ? findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE) : findByIdOptional(id);
        found.ifPresent(a -> a.partnerIds = new ArrayList<>(partnersOf(List.of(a.id)).getOrDefault(a.id, List.of())));
        return found;
    }

    /** Each agreement's partners, in their order. */
    Map<UUID, List<UUID>> partnersOf(Collection<UUID> agreementIds) {
        Map<UUID, List<UUID>> partners = new HashMap<>();
        if (agreementIds.isEmpty()) {
            return partners;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "select agreement_id, partner_id from agreement_partners where agreement_id in (:ids) order by agreement_id, position")
                .setParameter("ids", agreementIds).getResultList();
        rows.forEach(r -> partners.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((UUID) r[1]));
        return partners;
    }

    /** Replaces the agreement's partners by these, in this order. */
    void setPartners(Agreement agreement, List<UUID> partnerIds) {
        getEntityManager().createNativeQuery("delete from agreement_partners where agreement_id = :id")
                .setParameter("id", agreement.id).executeUpdate();
        for (int position = 0; position < partnerIds.size(); position++) {
            getEntityManager().createNativeQuery(
                    "insert into agreement_partners (agreement_id, partner_id, position) values (:id, :partner, :position)")
                    .setParameter("id", agreement.id).setParameter("partner", partnerIds.get(position))
                    .setParameter("position", position).executeUpdate();
        }
        agreement.partnerIds = new ArrayList<>(partnerIds);
    }

    /** Newest signed first, then id; the status is the one of {@code today}. */
    Page<Agreement> search(Filter filter, LocalDate today, PageRequest page) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.partnerId() != null) {
            where.append(" and exists (select 1 from agreement_partners ap where ap.agreement_id = a.id and ap.partner_id = :partner)");
            params.put("partner", filter.partnerId());
        }
        if (filter.status() != null) {
            where.append(" and ").append(STATUS).append(" = :status");
            params.put("status", filter.status().name());
            params.put("today", today);
        }
        if (filter.area() != null) {
            where.append(" and cast(:area as text) = any(a.areas)");
            params.put("area", filter.area().name());
        }
        Query ids = getEntityManager().createNativeQuery("select a.id from agreements a" + where
                + " order by a.signed_on desc, a.id limit :limit offset :offset");
        Query count = getEntityManager().createNativeQuery("select count(*) from agreements a" + where);
        params.forEach((name, value) -> {
            ids.setParameter(name, value);
            count.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<UUID> page1 = ids.setParameter("limit", page.size()).setParameter("offset", page.offset()).getResultList();
        Map<UUID, Agreement> loaded = page1.isEmpty() ? Map.of()
                : list("id in ?1", page1).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        Map<UUID, List<UUID>> partners = partnersOf(page1);
        List<Agreement> items = new ArrayList<>();
        page1.forEach(id -> {
            Agreement agreement = loaded.get(id);
            agreement.partnerIds = new ArrayList<>(partners.getOrDefault(id, List.of()));
            items.add(agreement);
        });
        return Page.of(items, page, ((Number) count.getSingleResult()).longValue());
    }
}

package org.pavilion.participation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.pavilion.shared.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;

@ApplicationScoped
class AllocationRepository implements PanacheRepositoryBase<Allocation, UUID> {

    record Totals(BigDecimal allocated, BigDecimal disbursed) {
        static final Totals NONE = new Totals(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** Locks the row (SELECT ... FOR UPDATE) and reloads it, even if this transaction read it before. */
    Optional<Allocation> findForUpdate(UUID id) {
        Allocation entity = findById(id);
        if (entity != null) {
            getEntityManager().refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(entity);
    }

    List<Allocation> ofParticipation(UUID participationId, PageRequest page) {
        return find("participationId = ?1 order by createdAt, id", participationId)
                .page(Page.of(page.page(), page.size())).list();
    }

    long countOfParticipation(UUID participationId) {
        return count("participationId", participationId);
    }

    List<Allocation> undisbursedOf(UUID participationId) {
        return find("participationId = ?1 and status = ?2 and amount > disbursed", participationId, Allocation.Status.ACTIVE)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The company's live allocations in the programme, over all its participations. */
    BigDecimal liveOfCompany(UUID programmeId, UUID companyId) {
        return getEntityManager().createQuery(
                "select coalesce(sum(a.amount), 0) from Allocation a where a.programmeId = :p and a.companyId = :c", BigDecimal.class)
                .setParameter("p", programmeId).setParameter("c", companyId).getSingleResult();
    }

    /** Live and paid totals per participation, in one query for a page of participations. */
    Map<UUID, Totals> totalsOf(Collection<UUID> participationIds) {
        Map<UUID, Totals> totals = new HashMap<>();
        if (participationIds.isEmpty()) {
            return totals;
        }
        List<Object[]> rows = getEntityManager().createQuery("select a.participationId, sum(a.amount), sum(a.disbursed) "
                + "from Allocation a where a.participationId in :ids group by a.participationId", Object[].class)
                .setParameter("ids", participationIds).getResultList();
        for (Object[] row : rows) {
            totals.put((UUID) row[0], new Totals((BigDecimal) row[1], (BigDecimal) row[2]));
        }
        return totals;
    }

    /** Adds a payment only while the allocation is active and the payment fits its undisbursed rest. */
    boolean addDisbursed(UUID allocationId, BigDecimal amount) {
        return getEntityManager().createNativeQuery("""
                update allocations set disbursed = disbursed + ?1, version = version + 1, updated_at = now()
                where id = ?2 and status = ?3 and disbursed + ?1 <= amount
                """).setParameter(1, amount).setParameter(2, allocationId).setParameter(3, Allocation.Status.ACTIVE.name())
                .executeUpdate() == 1;
    }
}

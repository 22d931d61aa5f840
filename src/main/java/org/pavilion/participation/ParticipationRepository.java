package org.pavilion.participation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.pavilion.shared.paging.FilteredQuery;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.security.CompanyScope;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class ParticipationRepository implements PanacheRepositoryBase<Participation, UUID> {

    /** Locks the row (SELECT ... FOR UPDATE) and reloads it, even if this transaction read it before. */
    Optional<Participation> findForUpdate(UUID id) {
        Participation entity = findById(id);
        if (entity != null) {
            getEntityManager().refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(entity);
    }

    /** Of one programme, by creation then id, within the caller's companies. */
    Page<Participation> ofProgramme(UUID programmeId, ParticipationStatus status, CompanyScope scope,
            PageRequest page) {
        return FilteredQuery.from("Participation p")
                .and("p.programmeId = :programme", "programme", programmeId)
                .and("p.status = :status", "status", status)
                .withinCompanies("p.companyId", scope)
                .page(getEntityManager(), Participation.class, "p.createdAt, p.id", page);
    }

    /** (brn, participation id, company id, status) of the participations of a programme that receive support. */
    @SuppressWarnings("unchecked")
    List<Object[]> receivingSupportWithBrn(UUID programmeId) {
        return getEntityManager().createNativeQuery("""
                select c.brn, p.id, p.company_id, p.status from participations p join companies c on c.id = p.company_id
                where p.programme_id = :programme and p.status in (:statuses)
                """).setParameter("programme", programmeId)
                .setParameter("statuses", ParticipationStatus.RECEIVES_SUPPORT.stream().map(Enum::name).toList()).getResultList();
    }
}

package org.pavilion.participation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.pavilion.shared.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

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

    /** Of one programme, by creation then id; {@code companies} null means every company. */
    List<Participation> ofProgramme(UUID programmeId, ParticipationStatus status, List<UUID> companies, PageRequest page) {
        return find(where(status, companies) + " order by createdAt, id", params(programmeId, status, companies))
                .page(Page.of(page.page(), page.size())).list();
    }

    long countOfProgramme(UUID programmeId, ParticipationStatus status, List<UUID> companies) {
        return count(where(status, companies), params(programmeId, status, companies));
    }

    private static String where(ParticipationStatus status, List<UUID> companies) {
        return "programmeId = :programme" + (status == null ? "" : " and status = :status")
                + (companies == null ? "" : " and companyId in :companies");
    }

    private static Parameters params(UUID programmeId, ParticipationStatus status, List<UUID> companies) {
        Parameters p = Parameters.with("programme", programmeId);
        if (status != null) {
            p.and("status", status);
        }
        if (companies != null) {
            p.and("companies", companies.isEmpty() ? List.of(new UUID(0, 0)) : companies);
        }
        return p;
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

package org.pavilion.participation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.pavilion.shared.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
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
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list();
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
}

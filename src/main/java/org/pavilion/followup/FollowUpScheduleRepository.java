package org.pavilion.followup;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class FollowUpScheduleRepository implements PanacheRepositoryBase<FollowUpSchedule, UUID> {

    Optional<FollowUpSchedule> findForUpdate(UUID programmeId) {
        return findByIdOptional(programmeId, LockModeType.PESSIMISTIC_WRITE);
    }
}

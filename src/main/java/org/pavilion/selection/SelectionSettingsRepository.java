package org.pavilion.selection;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class SelectionSettingsRepository implements PanacheRepositoryBase<SelectionSettings, UUID> {

    /**
     * The settings, locked for a change (SELECT ... FOR UPDATE). The criteria are a lazy collection, loaded after the
     * lock: fetched eagerly, Hibernate would lock by a follow-on version check instead and fail under concurrency.
     */
    Optional<SelectionSettings> findForUpdate(UUID callId) {
        return findByIdOptional(callId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The settings, locked against a concurrent change while a review is scored under them (FOR SHARE). */
    Optional<SelectionSettings> findForShare(UUID callId) {
        return findByIdOptional(callId, LockModeType.PESSIMISTIC_READ);
    }
}

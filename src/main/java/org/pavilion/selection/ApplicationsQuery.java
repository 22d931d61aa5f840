package org.pavilion.selection;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The applications a call reviews, read from their own tables (participations of a programme, voucher
 * applications of a voucher programme) so that selection needs neither feature's code.
 */
@ApplicationScoped
class ApplicationsQuery {

    @Inject
    EntityManager em;

    /** What a review needs of an application. */
    record Application(UUID id, UUID callId, UUID companyId, String status) {
        boolean awaitsDecision() {
            return CallKind.AWAITING_DECISION.equals(status);
        }
    }

    /** The application, share-locked so that its status cannot change until the review is stored. */
    Optional<Application> lockForReview(CallKind kind, UUID id) {
        return read(kind, id, " for share");
    }

    boolean callExists(CallKind kind, UUID callId) {
        return !em.createNativeQuery("select 1 from " + kind.callsTable + " where id = :id").setParameter("id", callId)
                .getResultList().isEmpty();
    }

    Optional<Application> find(CallKind kind, UUID id) {
        return read(kind, id, "");
    }

    private Optional<Application> read(CallKind kind, UUID id, String lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, programme_id, company_id, status from " + kind.applicationsTable
                + " where id = :id" + lock).setParameter("id", id).getResultList();
        return rows.stream().findFirst()
                .map(r -> new Application((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3]));
    }
}

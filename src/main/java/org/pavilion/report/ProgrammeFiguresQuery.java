package org.pavilion.report;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.pavilion.participation.ParticipationStatus;

/** A programme's money and company counts for its report, in one statement. */
@ApplicationScoped
class ProgrammeFiguresQuery {

    @Inject
    EntityManager em;

    /** (name, budget, allocated, disbursed, companies receiving support, companies that attended), if the programme exists. */
    Optional<Object[]> of(UUID programmeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.name, p.budget, p.allocated, p.disbursed,
                       (select count(*) from participations pa where pa.programme_id = p.id and pa.status in (:supported)),
                       (select count(*) from participations pa where pa.programme_id = p.id and pa.status = :attended)
                from programmes p where p.id = :programme
                """).setParameter("programme", programmeId)
                .setParameter("supported", ParticipationStatus.receivingSupport().stream().map(Enum::name).toList())
                .setParameter("attended", ParticipationStatus.ATTENDED.name()).getResultList();
        return rows.stream().findFirst();
    }
}

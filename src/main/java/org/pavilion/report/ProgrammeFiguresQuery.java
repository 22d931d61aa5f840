package org.pavilion.report;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pavilion.participation.ParticipationStatus;

/** A programme's money and company counts for its report, in one statement. */
@ApplicationScoped
class ProgrammeFiguresQuery {

    /** (name, budget, allocated, disbursed, companies receiving support, companies that attended), if the programme exists. */
    Optional<Object[]> of(ReportQuery.Session session, UUID programmeId) throws SQLException {
        return session.rows("""
                select p.name, p.budget, p.allocated, p.disbursed,
                       (select count(*) from participations pa where pa.programme_id = p.id and pa.status in (:supported)),
                       (select count(*) from participations pa where pa.programme_id = p.id and pa.status = :attended)
                from programmes p where p.id = :programme
                """, Map.of("programme", programmeId,
                "supported", ParticipationStatus.receivingSupport().stream().map(Enum::name).toList(),
                "attended", ParticipationStatus.ATTENDED.name())).stream().findFirst();
    }
}

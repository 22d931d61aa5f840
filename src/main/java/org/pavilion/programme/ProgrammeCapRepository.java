package org.pavilion.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class ProgrammeCapRepository implements PanacheRepositoryBase<ProgrammeCap, UUID> {

    /** The cap in force on a date: the latest effectiveFrom on or before it, the latest set on a tie. */
    Optional<ProgrammeCap> inForceOn(UUID programmeId, LocalDate date) {
        return find("programmeId = ?1 and effectiveFrom <= ?2 order by effectiveFrom desc, setAt desc", programmeId, date)
                .firstResultOptional();
    }

    List<ProgrammeCap> history(UUID programmeId) {
        return list("programmeId = ?1 order by effectiveFrom, setAt", programmeId);
    }
}

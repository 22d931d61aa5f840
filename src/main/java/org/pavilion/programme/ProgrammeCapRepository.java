package org.pavilion.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The caps in force on a date for several programmes, in one query (programme id to cap). */
    Map<UUID, BigDecimal> inForceOn(Collection<UUID> programmeIds, LocalDate date) {
        Map<UUID, BigDecimal> caps = new HashMap<>();
        if (programmeIds.isEmpty()) {
            return caps;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select distinct on (programme_id) programme_id, cap from programme_caps
                where programme_id in (?1) and effective_from <= ?2
                order by programme_id, effective_from desc, set_at desc
                """).setParameter(1, programmeIds).setParameter(2, date).getResultList();
        for (Object[] row : rows) {
            caps.put((UUID) row[0], (BigDecimal) row[1]);
        }
        return caps;
    }

    List<ProgrammeCap> history(UUID programmeId) {
        return list("programmeId = ?1 order by effectiveFrom, setAt", programmeId);
    }
}

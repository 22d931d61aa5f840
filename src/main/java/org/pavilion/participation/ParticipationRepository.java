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

    /**
     * Serialises the changes of one programme's seats and waitlist across instances (a transaction-scoped
     * advisory lock, taken before any participation row is locked, so the order of locks is always the same).
     */
    void lockSeatsAndWaitlistOf(UUID programmeId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended('waitlist:' || cast(:programme as text), 0))")
                .setParameter("programme", programmeId).getSingleResult();
    }

    /** The participations of a programme holding one of its seats (SELECTED, CONFIRMED or ATTENDED). */
    long countTakingPart(UUID programmeId) {
        return count("programmeId = ?1 and status in ?2", programmeId, ParticipationStatus.RECEIVES_SUPPORT);
    }

    /** The last waitlist position taken in a programme; 0 when nobody waits. */
    int lastWaitlistPosition(UUID programmeId) {
        Integer last = getEntityManager().createQuery(
                "select max(p.waitlistPosition) from Participation p where p.programmeId = :programme and p.status = :waiting",
                Integer.class).setParameter("programme", programmeId).setParameter("waiting", ParticipationStatus.WAITLISTED)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    /** The first in the programme's waitlist, locked. */
    Optional<Participation> headOfWaitlist(UUID programmeId) {
        return find("programmeId = ?1 and status = ?2 order by waitlistPosition", programmeId, ParticipationStatus.WAITLISTED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Moves everyone behind {@code position} in the programme's waitlist up one place (their version changes with
     * their position). The session is flushed first and cleared of them after, so no stale copy survives.
     */
    void moveUpBehind(UUID programmeId, int position) {
        getEntityManager().flush();
        getEntityManager().createQuery("""
                update Participation p set p.waitlistPosition = p.waitlistPosition - 1, p.version = p.version + 1
                where p.programmeId = :programme and p.status = :waiting and p.waitlistPosition > :position
                """).setParameter("programme", programmeId).setParameter("waiting", ParticipationStatus.WAITLISTED)
                .setParameter("position", position).executeUpdate();
        getEntityManager().clear();
    }

    /** The programme's APPLIED participations with these ids, locked, by id. */
    List<Participation> appliedForUpdate(UUID programmeId, List<UUID> ids) {
        return find("programmeId = ?1 and status = ?2 and id in ?3 order by id", programmeId, ParticipationStatus.APPLIED, ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}

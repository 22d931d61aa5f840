package org.pavilion.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.pavilion.company.ExportStage;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.problem.ApiProblem;

/**
 * The only way a programme's money counters change, for every feature. Each change is one
 * conditional UPDATE: it succeeds only if the invariant still holds at that moment in
 * PostgreSQL (row lock plus re-check), and CHECK constraints back it up, so no budget is
 * ever overspent, whatever the number of application instances.
 */
@ApplicationScoped
public class ProgrammeLedger {

    @Inject
    EntityManager em;

    @Inject
    ProgrammeCapRepository caps;

    /** What other features may know of a programme. */
    public record ProgrammeRef(UUID id, String name, LocalDate applicationOpensOn, LocalDate applicationClosesOn,
            Set<SupportCategory> supportCategories, List<ExportStage> eligibleExportStages) {

        public boolean offers(SupportCategory category) {
            return supportCategories.contains(category);
        }

        /** Whether a company at this export stage may take part (a programme without stages admits every one). */
        public boolean admits(ExportStage stage) {
            return eligibleExportStages == null || eligibleExportStages.contains(stage);
        }

        /** SMEs apply only inside the window; a programme without one takes no SME applications. */
        public boolean acceptsApplicationsOn(LocalDate date) {
            return applicationOpensOn != null && applicationClosesOn != null
                    && !date.isBefore(applicationOpensOn) && !date.isAfter(applicationClosesOn);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProgrammeRef> find(UUID id) {
        Programme p = em.find(Programme.class, id);
        return Optional.ofNullable(p).map(ProgrammeLedger::ref);
    }

    public static ProgrammeRef ref(Programme p) {
        return new ProgrammeRef(p.id, p.name, p.applicationOpensOn, p.applicationClosesOn,
                Set.copyOf(p.categories()), p.eligibleStages());
    }

    /** The per-company cap in force on a date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Money capInForce(UUID programmeId, LocalDate date) {
        return caps.inForceOn(programmeId, date)
                .or(() -> caps.history(programmeId).stream().findFirst())
                .map(ProgrammeCap::cap)
                .orElseThrow(() -> new IllegalStateException("Programme " + programmeId + " has no cap"));
    }

    /** Sets aside money from the budget; 422 budget-exceeded if it does not fit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reserve(UUID programmeId, Money amount) {
        int updated = em.createNativeQuery("""
                update programmes set allocated = allocated + ?1, version = version + 1, updated_at = now()
                where id = ?2 and allocated + ?1 <= budget
                """).setParameter(1, amount.amount()).setParameter(2, programmeId).executeUpdate();
        if (updated == 0) {
            BigDecimal remaining = (BigDecimal) em.createNativeQuery("select budget - allocated from programmes where id = ?1")
                    .setParameter(1, programmeId).getSingleResult();
            throw new ApiProblem.BusinessRule("budget-exceeded", "Budget exceeded",
                    "This allocation of " + amount + " would pass the programme's budget: "
                            + Money.of(remaining, Money.KRW) + " remains.");
        }
    }

    /** Gives money back to the budget (a cancelled or withdrawn allocation's undisbursed rest). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(UUID programmeId, Money amount) {
        if (!amount.isPositive()) {
            return;
        }
        em.createNativeQuery("""
                update programmes set allocated = allocated - ?1, version = version + 1, updated_at = now() where id = ?2
                """).setParameter(1, amount.amount()).setParameter(2, programmeId).executeUpdate();
    }

    /** Counts money paid against the programme's allocations. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void disbursed(UUID programmeId, Money amount) {
        em.createNativeQuery("""
                update programmes set disbursed = disbursed + ?1, version = version + 1, updated_at = now() where id = ?2
                """).setParameter(1, amount.amount()).setParameter(2, programmeId).executeUpdate();
    }

    /** A new budget, applied only while it still covers what is allocated (the caller checked it under the row lock). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setBudget(UUID programmeId, Money budget) {
        em.createNativeQuery("""
                update programmes set budget = ?1, version = version + 1, updated_at = now() where id = ?2 and allocated <= ?1
                """).setParameter(1, budget.amount()).setParameter(2, programmeId).executeUpdate();
    }

    /** A change held in another table (a new cap) is a new version of the programme: its ETag changes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void touch(UUID programmeId) {
        em.createNativeQuery("update programmes set version = version + 1, updated_at = now() where id = ?1")
                .setParameter(1, programmeId).executeUpdate();
    }

    /** Every programme's allocated counter equals its live allocations (used by tests and checks). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> programmesWhoseCountersDisagree() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                select p.id from programmes p
                left join (select programme_id, sum(amount) live, sum(disbursed) paid from allocations group by programme_id) a
                       on a.programme_id = p.id
                where p.allocated <> coalesce(a.live, 0) or p.disbursed <> coalesce(a.paid, 0)
                """).getResultList();
        return ids;
    }
}

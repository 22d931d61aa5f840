package org.pavilion.voucher;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.pavilion.shared.domain.BrokenRule;
import org.pavilion.shared.money.Money;

/**
 * The money of voucher programmes and vouchers, moved only by conditional UPDATEs that PostgreSQL applies
 * atomically, so several instances can never grant past a budget nor reserve past a voucher's balance
 * (the tables' CHECK constraints hold the same invariants a second time). The entities decide; the ledger
 * enforces.
 */
@ApplicationScoped
class VoucherLedger {

    @Inject
    EntityManager em;

    /** Grants a voucher from the programme's budget; 422 budget-exceeded when it does not fit. */
    void grant(UUID programmeId, Money granted) {
        int updated = em.createNativeQuery("""
                update voucher_programmes set granted = granted + ?1, version = version + 1, updated_at = now()
                where id = ?2 and granted + ?1 <= budget
                """).setParameter(1, granted.amount()).setParameter(2, programmeId).executeUpdate();
        if (updated == 0) {
            BigDecimal remaining = (BigDecimal) em.createNativeQuery("select budget - granted from voucher_programmes where id = ?1")
                    .setParameter(1, programmeId).getSingleResult();
            throw new BrokenRule("budget-exceeded", "Budget exceeded",
                    "A voucher of " + granted + " would pass the programme's budget: " + Money.of(remaining, Money.KRW) + " remains.");
        }
    }

    /** Reserves a claim's subsidy on the voucher; false when reserved + paid would pass the granted amount. */
    boolean reserve(UUID voucherId, Money subsidy) {
        return em.createNativeQuery("""
                update vouchers set reserved = reserved + ?1, version = version + 1, updated_at = now()
                where id = ?2 and reserved + paid + ?1 <= granted
                """).setParameter(1, subsidy.amount()).setParameter(2, voucherId).executeUpdate() == 1;
    }

    /** Gives a rejected claim's subsidy back to the voucher's balance. */
    void release(UUID voucherId, Money subsidy) {
        em.createNativeQuery("update vouchers set reserved = reserved - ?1, version = version + 1, updated_at = now() where id = ?2")
                .setParameter(1, subsidy.amount()).setParameter(2, voucherId).executeUpdate();
    }

    /** Pays a claim: its subsidy moves from reserved to paid. */
    void settle(UUID voucherId, Money subsidy) {
        em.createNativeQuery("""
                update vouchers set reserved = reserved - ?1, paid = paid + ?1, version = version + 1, updated_at = now() where id = ?2
                """).setParameter(1, subsidy.amount()).setParameter(2, voucherId).executeUpdate();
    }
}

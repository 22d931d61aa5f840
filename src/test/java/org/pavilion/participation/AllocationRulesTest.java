package org.pavilion.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pavilion.programme.SupportCategory;
import org.pavilion.shared.money.Money;

/** An allocation's money when it is cancelled, without a container. */
class AllocationRulesTest {

    @Test
    void cancellingGivesBackOnlyTheUndisbursedRestAndKeepsWhatWasPaid() {
        Allocation allocation = Allocation.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), SupportCategory.EXHIBITION_FEE,
                Money.krw(6_000_000), null);
        allocation.disbursed = BigDecimal.valueOf(2_500_000);
        Money rest = allocation.cancel("Fair cancelled");
        assertThat(rest).isEqualTo(Money.krw(3_500_000));
        assertThat(allocation.status).isEqualTo(Allocation.Status.CANCELLED);
        assertThat(allocation.amount).isEqualByComparingTo("2500000");
        assertThat(allocation.cancelReason).isEqualTo("Fair cancelled");
    }

    @Test
    void cancellingAnUnpaidAllocationGivesBackAllOfIt() {
        Allocation allocation = Allocation.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), SupportCategory.INTERPRETATION,
                Money.krw(1_000_000), "note");
        assertThat(allocation.cancel("Withdrawn")).isEqualTo(Money.krw(1_000_000));
        assertThat(allocation.amount).isEqualByComparingTo("0");
    }
}

package org.pavilion.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pavilion.programme.SupportCategory;
import org.pavilion.shared.domain.BrokenRule;
import org.pavilion.shared.domain.DomainRefusal;
import org.pavilion.shared.domain.StateConflict;
import org.pavilion.shared.money.Money;

/** The allocation rules in the contract's order, each refusal named, without a container. */
class AllocationCheckTest {

    static final Set<SupportCategory> OFFERED = Set.of(SupportCategory.EXHIBITION_FEE, SupportCategory.INTERPRETATION);

    static AllocationCheck check(ParticipationStatus status, long cap, long live) {
        return new AllocationCheck(status, OFFERED, Money.krw(cap), Money.krw(live));
    }

    @Test
    void anAllocationWithinTheCapToASelectedParticipationInAnOfferedCategoryPasses() {
        assertThat(check(ParticipationStatus.SELECTED, 12_000_000, 4_000_000).firstRefusal(SupportCategory.EXHIBITION_FEE,
                Money.krw(8_000_000))).isEmpty();
    }

    @Test
    void reachingTheCapExactlyPassesAndOneWonMoreIsCapExceeded() {
        assertThat(check(ParticipationStatus.CONFIRMED, 12_000_000, 4_000_000).firstRefusal(SupportCategory.INTERPRETATION,
                Money.krw(8_000_000))).isEmpty();
        DomainRefusal refusal = check(ParticipationStatus.CONFIRMED, 12_000_000, 4_000_000)
                .firstRefusal(SupportCategory.INTERPRETATION, Money.krw(8_000_001)).orElseThrow();
        assertThat(refusal).isInstanceOf(BrokenRule.class);
        assertThat(refusal.type()).isEqualTo("cap-exceeded");
        assertThat(refusal.getMessage()).contains("KRW 12000001", "KRW 12000000", "KRW 8000000 remains");
    }

    @Test
    void aCategoryTheProgrammeDoesNotOfferIsNotEligible() {
        DomainRefusal refusal = check(ParticipationStatus.ATTENDED, 12_000_000, 0)
                .firstRefusal(SupportCategory.PRODUCT_TRANSPORT, Money.krw(1)).orElseThrow();
        assertThat(refusal.type()).isEqualTo("category-not-eligible");
        assertThat(refusal.getMessage()).contains("EXHIBITION_FEE, INTERPRETATION");
    }

    @Test
    void aParticipationThatDoesNotReceiveSupportIsRefusedFirstWhateverElseIsWrong() {
        for (ParticipationStatus status : new ParticipationStatus[] { ParticipationStatus.APPLIED, ParticipationStatus.WAITLISTED,
                ParticipationStatus.NO_SHOW, ParticipationStatus.REJECTED, ParticipationStatus.WITHDRAWN }) {
            DomainRefusal refusal = check(status, 1, 1).firstRefusal(SupportCategory.PRODUCT_TRANSPORT, Money.krw(100)).orElseThrow();
            assertThat(refusal).as(status.name()).isInstanceOf(StateConflict.class);
            assertThat(refusal.type()).isEqualTo("participation-not-selected");
        }
    }

    @Test
    void theCategoryIsCheckedBeforeTheCap() {
        assertThat(check(ParticipationStatus.SELECTED, 1, 1).firstRefusal(SupportCategory.PRODUCT_TRANSPORT, Money.krw(100))
                .orElseThrow().type()).isEqualTo("category-not-eligible");
    }
}

package org.pavilion.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pavilion.shared.domain.StateConflict;

/** The participation status machine of the contract, without a container. */
class ParticipationRulesTest {

    @Test
    void theContractsTransitions() {
        assertThat(ParticipationStatus.APPLIED.next()).containsExactlyInAnyOrder(ParticipationStatus.SELECTED,
                ParticipationStatus.WAITLISTED, ParticipationStatus.REJECTED, ParticipationStatus.WITHDRAWN);
        assertThat(ParticipationStatus.WAITLISTED.next()).containsExactlyInAnyOrder(ParticipationStatus.SELECTED,
                ParticipationStatus.REJECTED, ParticipationStatus.WITHDRAWN);
        assertThat(ParticipationStatus.SELECTED.next()).containsExactlyInAnyOrder(ParticipationStatus.CONFIRMED, ParticipationStatus.WITHDRAWN);
        assertThat(ParticipationStatus.CONFIRMED.next()).containsExactlyInAnyOrder(ParticipationStatus.ATTENDED,
                ParticipationStatus.NO_SHOW, ParticipationStatus.WITHDRAWN);
        for (ParticipationStatus end : EnumSet.of(ParticipationStatus.ATTENDED, ParticipationStatus.NO_SHOW, ParticipationStatus.REJECTED,
                ParticipationStatus.WITHDRAWN)) {
            assertThat(end.next()).as(end.name()).isEmpty();
        }
    }

    @Test
    void selectedConfirmedAndAttendedReceiveSupport() {
        assertThat(ParticipationStatus.receivingSupport()).containsExactlyInAnyOrder(ParticipationStatus.SELECTED,
                ParticipationStatus.CONFIRMED, ParticipationStatus.ATTENDED);
        assertThat(ParticipationStatus.NO_SHOW.receivesSupport()).isFalse();
    }

    @Test
    void anIllegalTransitionIsAStateConflictAndChangesNothing() {
        Participation p = Participation.open(UUID.randomUUID(), UUID.randomUUID(), ParticipationStatus.SELECTED, "officer-1");
        assertThatThrownBy(() -> p.transitionTo(ParticipationStatus.ATTENDED, null)).isInstanceOf(StateConflict.class)
                .hasMessage("A participation in status SELECTED cannot become ATTENDED.");
        assertThat(p.status).isEqualTo(ParticipationStatus.SELECTED);
        p.transitionTo(ParticipationStatus.CONFIRMED, "Booth booked");
        assertThat(p.status).isEqualTo(ParticipationStatus.CONFIRMED);
        assertThat(p.statusReason).isEqualTo("Booth booked");
    }

    @Test
    void joiningTheWaitlistTakesAPositionAndLeavingItClearsIt() {
        Participation p = Participation.open(UUID.randomUUID(), UUID.randomUUID(), ParticipationStatus.APPLIED, "sme-1");
        assertThatThrownBy(() -> p.transitionTo(ParticipationStatus.WAITLISTED, null)).isInstanceOf(IllegalArgumentException.class);
        p.waitlist(3, "Committee");
        assertThat(p.status).isEqualTo(ParticipationStatus.WAITLISTED);
        assertThat(p.waitlistPosition).isEqualTo(3);
        assertThat(p.holdsSeat()).isFalse();
        p.promote("Seat freed");
        assertThat(p.status).isEqualTo(ParticipationStatus.SELECTED);
        assertThat(p.waitlistPosition).isNull();
        assertThat(p.holdsSeat()).isTrue();
        assertThatThrownBy(() -> p.promote("again")).isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> p.waitlist(1, "back")).isInstanceOf(StateConflict.class);
    }

    @Test
    void aConfirmedParticipationHoldsASeatAndAnAttendedOneCannotWithdraw() {
        Participation p = Participation.open(UUID.randomUUID(), UUID.randomUUID(), ParticipationStatus.SELECTED, "officer-1");
        p.transitionTo(ParticipationStatus.CONFIRMED, null);
        assertThat(p.holdsSeat()).isTrue();
        p.transitionTo(ParticipationStatus.ATTENDED, null);
        assertThat(p.holdsSeat()).isFalse();
        assertThatThrownBy(() -> p.transitionTo(ParticipationStatus.WITHDRAWN, null)).isInstanceOf(StateConflict.class);
    }
}

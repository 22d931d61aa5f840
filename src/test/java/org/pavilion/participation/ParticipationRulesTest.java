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
}

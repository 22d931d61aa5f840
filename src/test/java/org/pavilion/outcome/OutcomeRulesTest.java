package org.pavilion.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Which statuses each kind of outcome may have, without a container. */
class OutcomeRulesTest {

    @Test
    void aConsultationIsFollowedUpAndAContractPursued() {
        assertThat(OutcomeKind.CONSULTATION.statuses()).containsExactlyInAnyOrder(OutcomeStatus.OPEN, OutcomeStatus.FOLLOW_UP,
                OutcomeStatus.CLOSED);
        assertThat(OutcomeKind.CONTRACT.statuses()).containsExactlyInAnyOrder(OutcomeStatus.PURSUING, OutcomeStatus.SIGNED,
                OutcomeStatus.CANCELLED);
    }

    @Test
    void everyStatusBelongsToExactlyOneKind() {
        for (OutcomeStatus status : OutcomeStatus.values()) {
            long kinds = Arrays.stream(OutcomeKind.values()).filter(k -> k.statuses().contains(status)).count();
            assertThat(kinds).as(status.name()).isEqualTo(1);
        }
    }
}

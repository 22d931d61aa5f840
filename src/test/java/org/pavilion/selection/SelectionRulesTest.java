package org.pavilion.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pavilion.participation.ParticipationStatus;
import org.pavilion.shared.domain.StateConflict;
import org.pavilion.shared.security.Actor;

/** The rules of selection settings and reviews, without a container. */
class SelectionRulesTest {

    static Criterion criterion(String key, String weight) {
        return new Criterion(key, "Label " + key, new BigDecimal(weight));
    }

    static SelectionSettings settings(Criterion... criteria) {
        return SelectionSettings.of(UUID.randomUUID(), CallKind.PROGRAMME, 20, 2, List.of(criteria));
    }

    static final Actor REVIEWER = new Actor("reviewer-1", "Prof. Han");

    @Test
    void aWeightedScoreIsTheWeightedMeanRoundedOnceHalfEven() {
        SelectionSettings s = settings(criterion("market", "1"), criterion("product", "2"));
        Review r = Review.scored(s, UUID.randomUUID(), REVIEWER, Map.of("market", 80, "product", 81), null);
        assertThat(r.weightedTotal).isEqualByComparingTo("242");
        assertThat(r.weightTotal).isEqualByComparingTo("3");
        assertThat(r.weightedScore()).isEqualByComparingTo("80.67");
        SelectionSettings eight = settings(criterion("a", "1"), criterion("b", "1"), criterion("c", "1"), criterion("d", "1"),
                criterion("e", "1"), criterion("f", "1"), criterion("g", "1"), criterion("h", "1"));
        Review tie = Review.scored(eight, UUID.randomUUID(), REVIEWER,
                Map.of("a", 81, "b", 81, "c", 81, "d", 81, "e", 81, "f", 80, "g", 80, "h", 80), null);
        assertThat(tie.weightedScore().toPlainString()).as("645/8 = 80.625 rounds to the even 80.62").isEqualTo("80.62");
        SelectionSettings decimals = settings(criterion("a", "0.5"), criterion("b", "1.25"));
        assertThat(Review.scored(decimals, UUID.randomUUID(), REVIEWER, Map.of("a", 100, "b", 0), null).weightedScore())
                .as("50 / 1.75 = 28.571...").isEqualByComparingTo("28.57");
    }

    @Test
    void aConflictDeclarationHasNoScore() {
        Review r = Review.conflict(UUID.randomUUID(), UUID.randomUUID(), REVIEWER, "Advised them");
        assertThat(r.conflictOfInterest).isTrue();
        assertThat(r.weightedScore()).isNull();
        assertThat(r.scores).isEmpty();
    }

    @Test
    void scoresMustNameExactlyTheCriteria() {
        SelectionSettings s = settings(criterion("market", "1"), criterion("product", "2"));
        assertThat(s.namesExactly(Set.of("market", "product"))).isTrue();
        assertThat(s.namesExactly(Set.of("market"))).isFalse();
        assertThat(s.namesExactly(Set.of("market", "product", "team"))).isFalse();
    }

    @Test
    void onceReviewedOnlyLabelsSeatsAndReviewsRequiredMayChange() {
        SelectionSettings s = settings(criterion("market", "1"), criterion("product", "2"));
        s.reconfigure(25, 3, List.of(new Criterion("product", "Product and price", new BigDecimal("2.00")),
                new Criterion("market", "Target market", BigDecimal.ONE)), true);
        assertThat(s.seats).isEqualTo(25);
        assertThat(s.reviewsRequired).isEqualTo(3);
        assertThatThrownBy(() -> s.reconfigure(25, 3, List.of(criterion("market", "1"), criterion("product", "3")), true))
                .isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> s.reconfigure(25, 3, List.of(criterion("market", "1")), true)).isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> s.reconfigure(25, 3, List.of(criterion("market", "1"), criterion("team", "2")), true))
                .isInstanceOf(StateConflict.class);
        assertThat(s.criteria).hasSize(2);
        s.reconfigure(25, 3, List.of(criterion("team", "5")), false);
        assertThat(s.criteria).extracting(c -> c.key).containsExactly("team");
    }

    @Test
    void aParticipationAwaitingItsDecisionIsApplied() {
        assertThat(CallKind.AWAITING_DECISION).isEqualTo(ParticipationStatus.APPLIED.name());
    }
}

package org.pavilion.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** api.md: retried after about 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, then every 2 h for 24 h. */
class RetryScheduleTest {

    static final Instant EVENT = Instant.parse("2026-03-27T01:00:00Z");
    static final Instant UNTIL = EVENT.plus(Duration.ofHours(24));

    @Test
    void theFirstRetriesFollowTheContractsDelays() {
        RetrySchedule schedule = RetrySchedule.STANDARD;
        assertThat(schedule.nextAfter(1, EVENT, UNTIL)).contains(EVENT.plusSeconds(5));
        assertThat(schedule.nextAfter(2, EVENT, UNTIL)).contains(EVENT.plusSeconds(30));
        assertThat(schedule.nextAfter(3, EVENT, UNTIL)).contains(EVENT.plus(Duration.ofMinutes(2)));
        assertThat(schedule.nextAfter(4, EVENT, UNTIL)).contains(EVENT.plus(Duration.ofMinutes(10)));
        assertThat(schedule.nextAfter(5, EVENT, UNTIL)).contains(EVENT.plus(Duration.ofMinutes(30)));
        assertThat(schedule.nextAfter(6, EVENT, UNTIL)).contains(EVENT.plus(Duration.ofHours(1)));
        assertThat(schedule.nextAfter(7, EVENT, UNTIL)).contains(EVENT.plus(Duration.ofHours(2)));
        assertThat(schedule.nextAfter(12, EVENT, UNTIL)).contains(EVENT.plus(Duration.ofHours(2)));
    }

    @Test
    void aDeliveryThatNeverSucceedsIsTriedFor24HoursThenGivenUp() {
        RetrySchedule schedule = RetrySchedule.STANDARD;
        List<Instant> attempts = new ArrayList<>(List.of(EVENT));
        Optional<Instant> next = schedule.nextAfter(1, EVENT, UNTIL);
        while (next.isPresent()) {
            attempts.add(next.get());
            next = schedule.nextAfter(attempts.size(), next.get(), UNTIL);
        }
        // 5 s + 30 s + 2 min + 10 min + 30 min + 1 h = 1 h 42 min 35 s, then 2 h steps while within 24 h: 11 more.
        assertThat(attempts).hasSize(1 + 6 + 11);
        assertThat(attempts.get(attempts.size() - 1)).isBeforeOrEqualTo(UNTIL)
                .isAfter(UNTIL.minus(Duration.ofHours(2)));
    }

    @Test
    void aRetryPastTheWindowIsNotScheduled() {
        assertThat(RetrySchedule.STANDARD.nextAfter(7, UNTIL.minusSeconds(60), UNTIL)).isEmpty();
    }
}

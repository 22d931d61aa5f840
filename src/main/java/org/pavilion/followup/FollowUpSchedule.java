package org.pavilion.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.pavilion.shared.domain.Timestamps;

/**
 * The months after a programme's reference date at which each ATTENDED participation reports. A programme without
 * a stored schedule follows {@link #DEFAULT_MONTHS}.
 */
@Entity
@Table(name = "follow_up_schedules")
class FollowUpSchedule {

    static final List<Integer> DEFAULT_MONTHS = List.of(0, 3, 6, 12);
    static final int DAYS_TO_SUBMIT = 14;

    @Id
    UUID programmeId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    Integer[] months;
    Instant updatedAt;
    @Version
    long version;

    protected FollowUpSchedule() {
    }

    static FollowUpSchedule of(UUID programmeId, List<Integer> months) {
        FollowUpSchedule s = new FollowUpSchedule();
        s.programmeId = programmeId;
        s.months = months.toArray(Integer[]::new);
        s.updatedAt = Timestamps.now();
        return s;
    }

    void reschedule(List<Integer> months) {
        this.months = months.toArray(Integer[]::new);
        this.updatedAt = Timestamps.now();
    }

    List<Integer> months() {
        return Arrays.asList(months);
    }

    /** A round opens M months after the reference date (month ends clamp, as PostgreSQL's date + interval does). */
    static LocalDate opensOn(LocalDate referenceDate, int month) {
        return referenceDate.plusMonths(month);
    }

    static LocalDate dueOn(LocalDate opensOn) {
        return opensOn.plusDays(DAYS_TO_SUBMIT);
    }

    /** The status of a round on {@code today}. */
    static FollowUpStatus statusOn(LocalDate today, LocalDate opensOn, boolean submitted) {
        if (submitted) {
            return FollowUpStatus.SUBMITTED;
        }
        if (today.isBefore(opensOn)) {
            return FollowUpStatus.UPCOMING;
        }
        return today.isAfter(dueOn(opensOn)) ? FollowUpStatus.OVERDUE : FollowUpStatus.DUE;
    }
}

package org.pavilion.shared.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time a change is recorded, at the precision PostgreSQL stores ({@code timestamptz}: microseconds), so that the
 * answer to a POST shows the same {@code createdAt} as every later GET.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

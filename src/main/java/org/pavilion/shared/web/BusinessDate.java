package org.pavilion.shared.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Business dates are Korean: "today" is today in Asia/Seoul, whatever the server's zone. A date a
 * client sends is a {@code YYYY-MM-DD} string between {@link #EARLIEST} and {@link #LATEST}; everything
 * else (a number, another format, the year 57412) is refused before it can be stored.
 */
public final class BusinessDate {

    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);
    public static final String RULE = "must be a date YYYY-MM-DD between 1900-01-01 and 2999-12-31";

    private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private BusinessDate() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The date a client wrote, or empty when it is not a real date of the accepted range and shape. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text);
            return isInRange(date) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static boolean isInRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}

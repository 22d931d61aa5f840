package org.pavilion.shared.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import org.pavilion.shared.problem.ApiProblem;

/**
 * Query parameters arrive as strings and are parsed here, so that a bad value is a clear 400
 * naming the parameter (JAX-RS would answer 404 for a failed conversion).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ApiProblem.BadRequest.field(name, "must be one of " + allowed);
        }
    }

    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return BusinessDate.parse(raw.trim()).orElseThrow(() -> ApiProblem.BadRequest.field(name, BusinessDate.RULE));
    }

    public static UUID uuid(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.trim());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.BadRequest.field(name, "must be an id (UUID)");
        }
    }

    public static Integer integer(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.BadRequest.field(name, "must be a whole number");
        }
    }

    /** A free-text filter, trimmed and bounded; null when absent. */
    public static String text(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > 200) {
            throw ApiProblem.BadRequest.field(name, "must be at most 200 characters");
        }
        PlainText.problemWith(raw).ifPresent(problem -> {
            throw ApiProblem.BadRequest.field(name, problem);
        });
        return raw.trim();
    }

    /** Escapes LIKE wildcards so a search for "50%" finds "50%", not everything. */
    public static String likePattern(String text) {
        return "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

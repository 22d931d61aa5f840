package org.pavilion.shared.paging;

import org.pavilion.shared.problem.ApiProblem;

/** {@code ?page=&size=} as a list endpoint receives them: page from 0, size 1..200 (default 50). */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** Parses raw query values so that a non-number is a 400, not the framework's 404. */
    public static PageRequest of(String page, String size) {
        int p = parse("page", page, 0);
        int s = parse("size", size, DEFAULT_SIZE);
        if (p < 0) {
            throw ApiProblem.BadRequest.field("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ApiProblem.BadRequest.field("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) p * s > 100_000_000L) {
            throw ApiProblem.BadRequest.field("page", "is too large");
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }

    private static int parse(String name, String raw, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.BadRequest.field(name, "must be a whole number");
        }
    }
}

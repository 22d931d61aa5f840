package org.pavilion.shared.problem;

import java.util.List;

/**
 * A failure the client can understand and act on, answered as problem+json with its own
 * status and stable type. Features throw the named subclasses below; one mapper turns them
 * into responses ({@link ProblemMappers}).
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ApiProblem(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public ApiProblem(int status, String type, String title, String detail) {
        this(status, type, title, detail, null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** 400: the request's content is not acceptable. */
    public static class BadRequest extends ApiProblem {
        public BadRequest(String detail, List<FieldError> errors) {
            super(400, "validation-failed", "Invalid request", detail, errors);
        }

        public static BadRequest field(String field, String message) {
            return new BadRequest("The request has an invalid field: " + field + " " + message,
                    List.of(FieldError.of(field, message)));
        }
    }

    /** 403: authenticated, but this caller may not make this change. */
    public static class Forbidden extends ApiProblem {
        public Forbidden(String detail) {
            super(403, "forbidden", "Forbidden", detail);
        }
    }

    /** 404: no such resource, or one the caller may not see (SME isolation). */
    public static class NotFound extends ApiProblem {
        public NotFound(String what) {
            super(404, "not-found", "Not found", "No " + what + " with this id exists.");
        }
    }

    /** 409: the resource's state does not allow this, or a duplicate. */
    public static class Conflict extends ApiProblem {
        public Conflict(String type, String title, String detail) {
            super(409, type, title, detail);
        }
    }

    /** 412: {@code If-Match} names a version that is no longer current. */
    public static class PreconditionFailed extends ApiProblem {
        public PreconditionFailed(String detail) {
            super(412, "precondition-failed", "Precondition failed", detail);
        }
    }

    /** 422: a business rule refuses the request (budget-exceeded, cap-exceeded, ...). */
    public static class BusinessRule extends ApiProblem {
        public BusinessRule(String type, String title, String detail) {
            super(422, type, title, detail);
        }

        public BusinessRule(String type, String title, String detail, List<FieldError> errors) {
            super(422, type, title, detail, errors);
        }
    }

    /** 429: this caller has used up its share of expensive work for now; it may retry after the given seconds. */
    public static class RateLimited extends ApiProblem {
        private final long retryAfterSeconds;

        public RateLimited(long retryAfterSeconds, String detail) {
            super(429, "rate-limited", "Too many requests", detail);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}

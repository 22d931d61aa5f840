package org.pavilion.shared.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.pavilion.shared.domain.DomainRefusal;
import org.pavilion.shared.domain.StateConflict;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one place where failures become RFC 9457 problem+json. Messages shown to clients are
 * our own: never a stack trace, a Java class name or SQL.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        Problem problem = new Problem(Problem.TYPE_BASE + e.type(), e.title(), e.status(), e.getMessage(), path(uri), e.errors());
        if (e instanceof ApiProblem.RateLimited limited) {
            return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", limited.retryAfterSeconds()).entity(problem).build();
        }
        return respond(problem);
    }

    /** An entity's or rule's refusal: a state conflict is 409, a broken rule 422. */
    @ServerExceptionMapper
    public Response domainRefusal(DomainRefusal e, UriInfo uri) {
        int status = e instanceof StateConflict ? 409 : 422;
        return respond(new Problem(Problem.TYPE_BASE + e.type(), e.title(), status, e.getMessage(), path(uri), null));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> FieldError.of(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .collect(Collectors.toList());
        return badRequest(uri, "The request has invalid fields.", errors);
    }

    @ServerExceptionMapper
    public Response invalidJsonValue(InvalidJsonValue e, UriInfo uri) {
        return jsonFieldError(uri, e, e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return jsonFieldError(uri, e, "is not a known field");
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return jsonFieldError(uri, e, "must be one of " + allowed);
        }
        return jsonFieldError(uri, e, "has a value of the wrong format" + expected(target));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        if (e.getPath().isEmpty()) {
            return badRequest(uri, "The request body must be a JSON object.", null);
        }
        return jsonFieldError(uri, e, "has the wrong type" + expected(e.getTargetType()));
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        ApiProblem fromStream = apiProblemIn(e);
        if (fromStream != null) {
            return apiProblem(fromStream, uri);
        }
        return jsonFieldError(uri, e, "is invalid");
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        String message = e == null ? "" : String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Duplicate field '")) {
            String field = message.substring("Duplicate field '".length(), Math.max(message.indexOf('\'', 17), 17));
            return badRequest(uri, "The request body names a field more than once.",
                    List.of(FieldError.of(field.length() <= 100 && field.chars().allMatch(c -> c >= 0x20 && c < 0x7F) ? field : "(body)", "appears more than once")));
        }
        return badRequest(uri, "The request body is not well-formed JSON.", null);
    }

    @ServerExceptionMapper
    public Response otherJson(JacksonException e, UriInfo uri) {
        ApiProblem fromStream = apiProblemIn(e);
        if (fromStream != null) {
            return apiProblem(fromStream, uri);
        }
        return badRequest(uri, "The request body is not well-formed JSON.", null);
    }

    /** The body reader sometimes wraps Jackson's failure; unwrap it to name the field. */
    private Response jackson(JacksonException e, UriInfo uri) {
        if (e instanceof InvalidJsonValue v) {
            return invalidJsonValue(v, uri);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return unknownField(u, uri);
        }
        if (e instanceof InvalidFormatException f) {
            return invalidFormat(f, uri);
        }
        if (e instanceof MismatchedInputException m) {
            return mismatchedInput(m, uri);
        }
        if (e instanceof JsonMappingException m) {
            return jsonMapping(m, uri);
        }
        return malformedJson(e instanceof JsonParseException p ? p : null, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_BASE + "forbidden", "Forbidden", 403,
                "Your role may not perform this operation.", path(uri), null));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JacksonException json) {
            return jackson(json, uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String detail = status == 415 ? HttpProblems.unsupportedMediaType(uri.getPath()) : HttpProblems.detail(status);
        return respond(new Problem(Problem.TYPE_BASE + HttpProblems.type(status), HttpProblems.title(status), status, detail,
                path(uri), null));
    }

    /** A unique constraint that a client's request broke (two racing registrations): the same problem as the service's check. */
    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return ConstraintProblems.of(e.getConstraintName()).map(problem -> apiProblem(problem, uri)).orElseGet(() -> unexpected(e, uri));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("Database unavailable: %s", e.getClass().getSimpleName());
            return respond(new Problem(Problem.TYPE_BASE + "service-unavailable", "Service unavailable", 503,
                    "The database cannot be reached right now. Retry later with the same Idempotency-Key.", path(uri), null));
        }
        String sqlState = sqlState(e);
        if ("23505".equals(sqlState) || "23514".equals(sqlState) || "40001".equals(sqlState) || "40P01".equals(sqlState)) {
            return respond(new Problem(Problem.TYPE_BASE + "conflict", "Conflict", 409,
                    "The change conflicts with another change made at the same time. Read the resource again and retry.",
                    path(uri), null));
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(new Problem(Problem.TYPE_BASE + "internal-error", "Internal error", 500,
                "An unexpected error occurred. Quote incident " + incident + " to support.", path(uri), null));
    }

    /** A problem raised while the body was read (a size limit), which Jackson wraps. */
    private static ApiProblem apiProblemIn(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof ApiProblem problem) {
                return problem;
            }
        }
        return null;
    }

    /**
     * Whether the failure is the database being unreachable, looking through causes and suppressed
     * exceptions (a commit that fails on a lost connection carries it as a suppressed XAException).
     */
    static boolean isDatabaseUnavailable(Throwable e) {
        return isDatabaseUnavailable(e, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isDatabaseUnavailable(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t) || seen.size() > 50) {
            return false;
        }
        if (t instanceof SQLTransientConnectionException
                || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
            return true;
        }
        // 08xxx: connection failures; 57P0x: the server is shutting down, crashed or starting.
        if (t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (isDatabaseUnavailable(suppressed, seen)) {
                return true;
            }
        }
        return isDatabaseUnavailable(t.getCause(), seen);
    }

    /** The SQLSTATE anywhere in the cause chain, or among suppressed causes (a failed commit reports its cause so). */
    static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            for (Throwable suppressed : t.getSuppressed()) {
                String state = suppressed == t ? null : sqlState(suppressed);
                if (state != null) {
                    return state;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "";
        }
        if (target == String.class) {
            return ": expected a string";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return ": expected a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return ": expected true or false";
        }
        if (target == LocalDate.class) {
            return ": expected a date YYYY-MM-DD";
        }
        if (target == UUID.class) {
            return ": expected an id";
        }
        if (List.class.isAssignableFrom(target) || target.isArray()) {
            return ": expected an array";
        }
        return "";
    }

    private Response unauthenticated(UriInfo uri) {
        return Response.status(401)
                .header("WWW-Authenticate", "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_BASE + "unauthorized", "Unauthorized", 401,
                        "A valid bearer token is required.", path(uri), null))
                .build();
    }

    private Response jsonFieldError(UriInfo uri, JsonMappingException e, String message) {
        String field = pathOf(e.getPath());
        if (field.isEmpty()) {
            return badRequest(uri, "The request body " + message + ".", null);
        }
        return badRequest(uri, "The request has an invalid field: " + field + " " + message + ".",
                List.of(FieldError.of(field, message)));
    }

    private Response badRequest(UriInfo uri, String detail, List<FieldError> errors) {
        return respond(new Problem(Problem.TYPE_BASE + "validation-failed", "Invalid request", 400, detail, path(uri), errors));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    static String pathOf(List<JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                String name = node.getName();
                if (node.getIndex() != null && !names.isEmpty()) {
                    names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                }
                if (name != null && !name.startsWith("<")) {
                    names.add(name);
                }
            } else if (node.getKind() == ElementKind.PARAMETER) {
                names.clear();
                names.add(node.getName());
            }
        }
        // A body parameter's own name says nothing to a client: drop it when a field follows.
        if (names.size() > 1) {
            names.remove(0);
        }
        return String.join(".", names);
    }
}

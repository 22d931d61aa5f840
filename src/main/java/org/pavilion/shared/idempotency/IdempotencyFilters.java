package org.pavilion.shared.idempotency;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.pavilion.shared.problem.ApiProblem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * {@code Idempotency-Key} on every POST under {@code /api}: the first request with a key runs
 * and its response (status, body, Location, ETag) is stored; a replay with the same key and
 * body gets that response with {@code Idempotent-Replayed: true} and changes nothing; the same
 * key with another body is 422; a replay while the first still runs is 409. Keys are scoped
 * to the caller's subject. A 5xx is not stored, so a client's retry runs again, unless the change
 * had committed ({@link AppliedMarker}): then the key is never run twice.
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 200;
    private static final String BODY_PROPERTY = IdempotencyFilters.class.getName() + ".body";
    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);

    @Inject
    IdempotencyStore store;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper mapper;

    @Inject
    IdempotencyConfig config;

    @Inject
    IdempotencyClaim held;

    @ServerRequestFilter
    public Response claimKey(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod()) || identity.isAnonymous()
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ApiProblem.BadRequest.field(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        RequestBodyCopy body = RequestBodyCopy.of(target(request),
                request.hasEntity() ? request.getEntityStream() : InputStream.nullInputStream());
        request.setProperty(BODY_PROPERTY, body);
        request.setEntityStream(body.replay());
        String caller = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject() : identity.getPrincipal().getName();
        String hash = body.sha256();

        if (store.claim(caller, key, hash)) {
            return hold(caller, key);
        }
        IdempotencyStore.StoredKey stored = store.find(caller, key);
        if (stored == null) {
            // Expired and purged between the two statements: treat as new.
            if (store.claim(caller, key, hash)) {
                return hold(caller, key);
            }
            stored = store.find(caller, key);
        }
        if (!stored.requestHash().equals(hash)) {
            throw new ApiProblem.BusinessRule("idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was already used with a different request. Use a new key for a new request.");
        }
        if (!stored.completed()) {
            boolean abandoned = stored.claimedAt().isBefore(Instant.now().minus(config.inFlightTimeout()));
            if (abandoned && stored.applied()) {
                throw new ApiProblem.Conflict("idempotency-key-applied", "Request already applied",
                        "The request with this Idempotency-Key was applied, but its response was lost. "
                                + "Look the result up instead of retrying.");
            }
            if (abandoned && store.takeOverAbandoned(caller, key, stored.claimedAt())) {
                return hold(caller, key);
            }
            throw new ApiProblem.Conflict("idempotency-key-in-flight", "Request in progress",
                    "A request with this Idempotency-Key is still being processed. Retry shortly.");
        }
        Response.ResponseBuilder replay = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        if (stored.body() != null && stored.body().length > 0) {
            replay.entity(stored.body()).type(stored.contentType());
        }
        if (stored.location() != null) {
            replay.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            replay.header(HttpHeaders.ETAG, stored.etag());
        }
        return replay.build();
    }

    private Response hold(String caller, String key) {
        held.hold(caller, key);
        return null;
    }

    /** The copy of a keyed request's body is not needed once the response is known. */
    @ServerResponseFilter
    public void discardBody(ContainerRequestContext request) {
        if (request.getProperty(BODY_PROPERTY) instanceof RequestBodyCopy body) {
            body.discard();
        }
    }

    @ServerResponseFilter
    public void storeResponse(ContainerRequestContext request, ContainerResponseContext response) {
        if (!held.held()) {
            return;
        }
        String caller = held.caller();
        String key = held.key();
        held.release();
        try {
            if (response.getStatus() >= 500) {
                store.release(caller, key);
                return;
            }
            MediaType type = response.getMediaType();
            String contentType = type == null ? (response.hasEntity() ? MediaType.APPLICATION_JSON : null) : type.toString();
            Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
            Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
            store.complete(caller, key, response.getStatus(), contentType,
                    location == null ? null : location.toString(), etag == null ? null : etag.toString(),
                    bodyOf(response));
        } catch (RuntimeException e) {
            // The change itself is committed; the key stays in flight until its timeout.
            LOG.warnf("Could not store the response for an idempotency key: %s", e.getClass().getSimpleName());
        }
    }

    private byte[] bodyOf(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null) {
            return null;
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return mapper.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response not serialisable for idempotency", e);
        }
    }

    /** What the request hash covers before the body: the method and the target with its query. */
    private static byte[] target(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String target = request.getUriInfo().getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
        return (request.getMethod() + " " + target + "\n").getBytes(StandardCharsets.UTF_8);
    }
}

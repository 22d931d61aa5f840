package org.pavilion.shared.web;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.pavilion.shared.problem.ApiProblem;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * Request size limits. HTTP refuses a body over the CSV limit (20 MiB, {@code quarkus.http.limits.max-body-size})
 * before reading it; this filter answers 413 for a declared JSON body over the JSON limit (1 MiB) and
 * {@link BoundedJsonBodies} for an undeclared (chunked) one; a request target over 8 KiB is a 414 problem
 * (the HTTP layer itself refuses request lines over {@code quarkus.http.limits.max-initial-line-length}).
 */
public class BodyLimits {

    /** 413: a body over its limit, as problem+json. */
    public static ApiProblem tooLarge(String what, long limit) {
        return new ApiProblem(413, "payload-too-large", "Payload too large",
                "A " + what + " may be at most " + limit + " bytes.");
    }

    @Inject
    @ConfigProperty(name = "pavilion.limits.json-body", defaultValue = "1M")
    MemorySize jsonLimit;

    @Inject
    @ConfigProperty(name = "pavilion.limits.document-body", defaultValue = "10M")
    MemorySize documentLimit;

    static final int MAX_TARGET_LENGTH = 8 * 1024;

    /** The media types of documents (their bodies are files, limited by the document limit). */
    public static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "image/png", "image/jpeg");

    @ServerRequestFilter(preMatching = true)
    public void refuseLargeRequests(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        int targetLength = request.getUriInfo().getRequestUri().getRawPath().length() + (query == null ? 0 : query.length() + 1);
        if (targetLength > MAX_TARGET_LENGTH) {
            throw new ApiProblem(414, "uri-too-long", "URI too long",
                    "A request path with its query may be at most " + MAX_TARGET_LENGTH + " characters.");
        }
        String type = request.getHeaderString("Content-Type");
        if (type != null && type.toLowerCase().startsWith("text/csv")) {
            return;
        }
        if (type != null && DOCUMENT_TYPES.contains(type.toLowerCase().split(";")[0].trim())) {
            if (request.getLength() > documentLimit.asLongValue()) {
                throw tooLarge("document", documentLimit.asLongValue());
            }
            return;
        }
        if (request.getLength() > jsonLimit.asLongValue()) {
            throw BoundedJsonBodies.tooLarge(jsonLimit.asLongValue());
        }
    }
}

package org.pavilion.shared.web;

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

    @Inject
    @ConfigProperty(name = "pavilion.limits.json-body", defaultValue = "1M")
    MemorySize jsonLimit;

    static final int MAX_TARGET_LENGTH = 8 * 1024;

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
        if (request.getLength() > jsonLimit.asLongValue()) {
            throw BoundedJsonBodies.tooLarge(jsonLimit.asLongValue());
        }
    }
}

package org.pavilion.shared.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.pavilion.shared.problem.Problem;

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
    public Response refuseLargeRequests(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        int targetLength = request.getUriInfo().getRequestUri().getRawPath().length() + (query == null ? 0 : query.length() + 1);
        if (targetLength > MAX_TARGET_LENGTH) {
            return Response.status(414).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.TYPE_BASE + "uri-too-long",
                    "URI too long", 414, "A request path with its query may be at most " + MAX_TARGET_LENGTH + " characters.",
                    null, null)).build();
        }
        String type = request.getHeaderString("Content-Type");
        if (type != null && type.toLowerCase().startsWith("text/csv")) {
            return null;
        }
        if (request.getLength() > jsonLimit.asLongValue()) {
            return Response.status(413).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.TYPE_BASE + "payload-too-large",
                    "Payload too large", 413, "A JSON body may be at most " + jsonLimit.asLongValue() + " bytes.",
                    request.getUriInfo().getPath(), null)).build();
        }
        return null;
    }
}

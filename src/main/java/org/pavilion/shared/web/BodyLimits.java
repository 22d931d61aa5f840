package org.pavilion.shared.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.pavilion.shared.problem.Problem;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * Two body limits: HTTP refuses anything over the CSV limit (20 MiB, {@code quarkus.http.limits.max-body-size})
 * before reading it, and this filter answers 413 for a declared JSON body over the JSON limit (1 MiB).
 */
public class BodyLimits {

    @Inject
    @ConfigProperty(name = "pavilion.limits.json-body", defaultValue = "1M")
    MemorySize jsonLimit;

    @ServerRequestFilter(preMatching = true)
    public Response refuseLargeJson(ContainerRequestContext request) {
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

package org.pavilion.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pavilion.shared.problem.Problem;
import org.pavilion.shared.problem.ProblemTexts;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A body declared larger than the largest limit ({@code quarkus.http.limits.max-body-size}) is refused
 * before the HTTP layer's own check, which would answer a bare 413: here it gets a problem+json like
 * every other error, whatever the size declared, and the connection is closed without reading the body.
 */
@ApplicationScoped
public class OversizedBodies {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBody;

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::refuseOversized);
    }

    private void refuseOversized(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && isOver(declared, maxBody.asLongValue())) {
            Problem problem = ProblemTexts.localized(new Problem(Problem.TYPE_BASE + "payload-too-large", "Payload too large", 413,
                    "A request body may be at most " + maxBody.asLongValue() + " bytes.", context.request().path(), null),
                    ProblemTexts.prefersKorean(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(JsonObject.mapFrom(problem).encode())
                    .onComplete(sent -> context.request().connection().close());
            return;
        }
        context.next();
    }

    /** A length that is not a number is left to the HTTP layer (400); 19 digits or more pass every limit. */
    static boolean isOver(String declared, long limit) {
        String digits = declared.trim();
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return digits.length() >= 19 || Long.parseLong(digits) > limit;
    }
}

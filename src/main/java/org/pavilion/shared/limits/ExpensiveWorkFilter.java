package org.pavilion.shared.limits;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Which requests are expensive work: every report, every import and every document upload. Checked after
 * authentication and the role check (an unauthenticated or forbidden caller gets its 401 or 403, and
 * spends nothing), before the body is read.
 */
public class ExpensiveWorkFilter {

    @Inject
    ExpensiveWork expensiveWork;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public void limitExpensiveWork(ContainerRequestContext request) {
        if (identity.isAnonymous() || !isExpensive(request.getMethod(), request.getUriInfo().getPath())) {
            return;
        }
        expensiveWork.take(identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                ? token.getSubject() : identity.getPrincipal().getName());
    }

    static boolean isExpensive(String method, String path) {
        if (path.startsWith("/api/v1/reports/")) {
            return true;
        }
        return "POST".equals(method) && (path.endsWith("/import") || path.endsWith("/documents"));
    }
}

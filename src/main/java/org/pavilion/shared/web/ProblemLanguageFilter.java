package org.pavilion.shared.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.pavilion.shared.problem.Problem;
import org.pavilion.shared.problem.ProblemTexts;

/** Every problem+json answer in the caller's language: Korean with {@code Accept-Language: ko}, else English. */
public class ProblemLanguageFilter {

    @ServerResponseFilter
    public void localize(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem) {
            response.setEntity(ProblemTexts.localized(problem, ProblemTexts.prefersKorean(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))),
                    null, response.getMediaType());
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
    }
}

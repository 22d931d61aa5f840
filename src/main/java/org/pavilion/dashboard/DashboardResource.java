package org.pavilion.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.runtime.LaunchMode;

/**
 * The dashboard page for finance and officers: public HTML and script (the data it shows comes from the API with
 * the user's token), and the public facts the page needs to sign in.
 */
@Path("/dashboard")
@PermitAll
public class DashboardResource {

    @Inject
    LaunchMode launchMode;

    @ConfigProperty(name = "pavilion.dashboard.oidc-issuer")
    Optional<String> issuer;

    @ConfigProperty(name = "pavilion.dashboard.oidc-client-id", defaultValue = "pavilion-app")
    String clientId;

    /** How the page signs in: a token already in sessionStorage, else this OpenID Connect provider, else a dev token. */
    public record SignIn(String issuer, String clientId, boolean devTokens) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String page() throws IOException {
        try (InputStream html = DashboardResource.class.getResourceAsStream("/dashboard/index.html")) {
            return new String(html.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @GET
    @Path("/sign-in")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public SignIn signIn() {
        return new SignIn(issuer.filter(s -> !s.isBlank()).orElse(null), clientId, launchMode == LaunchMode.DEVELOPMENT);
    }
}

package org.pavilion.dev;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.shared.problem.ApiProblem;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;

/**
 * Dev mode only: a signed token for any subject and roles, so a newcomer can call the API
 * with curl or Swagger UI. Built only into the dev profile; the production build has no such class.
 */
@IfBuildProfile("dev")
@Path("/dev/token")
@Tag(name = "Development")
public class DevTokenResource {

    private static final Set<String> ROLES = Set.of("officer", "sme", "finance", "admin", "reviewer");

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Dev mode only: a signed token", description = "Example: /dev/token?sub=officer-1&roles=officer,finance&name=Officer%20Kim")
    public String token(@QueryParam("sub") String subject, @QueryParam("roles") String roles, @QueryParam("name") String name,
            @QueryParam("email") String email) {
        if (subject == null || subject.isBlank()) {
            throw ApiProblem.BadRequest.field("sub", "is required");
        }
        List<String> groups = roles == null ? List.of() : Arrays.stream(roles.split(",")).map(String::trim)
                .filter(r -> !r.isEmpty()).toList();
        List<String> unknown = groups.stream().filter(r -> !ROLES.contains(r)).toList();
        if (!unknown.isEmpty()) {
            throw ApiProblem.BadRequest.field("roles", "must be among officer, sme, finance, admin, reviewer");
        }
        var builder = Jwt.subject(subject.trim())
                .groups(groups.stream().collect(Collectors.toSet()))
                .claim("preferred_username", name == null || name.isBlank() ? subject.trim() : name.trim())
                .expiresIn(Duration.ofHours(12));
        if (email != null && !email.isBlank()) {
            builder.claim("email", email.trim());
        }
        return builder.sign();
    }
}

package org.pavilion.company;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.shared.security.CurrentUser;

import io.quarkus.security.Authenticated;

@Path("/api/v1/me")
@Tag(name = "Me", description = "The caller")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentUser user;

    @Inject
    CompanyService companies;

    @Schema(name = "Me")
    public record Me(String subject, @Schema(description = "preferred_username, else upn, else sub") String name,
            Set<String> roles, List<MyCompany> companies) {
    }

    @Schema(name = "MyCompany")
    public record MyCompany(UUID id, String name, CompanyStatus status) {
    }

    @GET
    @Authenticated
    @Operation(summary = "Who am I", description = "The caller's subject, display name, roles and the companies it is a member of.")
    public Me me() {
        List<MyCompany> mine = companies.companiesOfCaller().stream()
                .map(c -> new MyCompany(c.id(), c.nameKo(), c.status())).toList();
        return new Me(user.subject(), user.name(), user.roles(), mine);
    }
}

package org.pavilion.shared.security;

import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, from the verified token: subject, display name and roles. */
@RequestScoped
public class CurrentUser {

    @Inject
    JsonWebToken token;

    public String subject() {
        return token.getSubject();
    }

    /** {@code preferred_username}, else {@code upn}, else {@code sub}. */
    public String name() {
        String preferred = token.getClaim("preferred_username");
        if (preferred != null && !preferred.isBlank()) {
            return preferred;
        }
        String upn = token.getClaim("upn");
        if (upn != null && !upn.isBlank()) {
            return upn;
        }
        return subject();
    }

    /** The optional {@code email} claim. */
    public String email() {
        return token.getClaim("email");
    }

    public Set<String> roles() {
        return new TreeSet<>(token.getGroups());
    }

    public boolean has(String role) {
        return token.getGroups().contains(role);
    }

    /** An SME-only caller sees only its own companies' data; any staff role lifts that. */
    public boolean isRestrictedToOwnCompanies() {
        return has(Roles.SME) && !has(Roles.OFFICER) && !has(Roles.FINANCE) && !has(Roles.ADMIN);
    }

    /**
     * A reviewer without any other role sees only the applications of the calls whose panel names it; anything
     * else answers as if it did not exist.
     */
    public boolean isRestrictedToPanels() {
        return has(Roles.REVIEWER) && !has(Roles.OFFICER) && !has(Roles.FINANCE) && !has(Roles.ADMIN) && !has(Roles.SME);
    }

    public boolean isOfficerOrAdmin() {
        return has(Roles.OFFICER) || has(Roles.ADMIN);
    }

    public Actor actor() {
        return new Actor(subject(), name());
    }
}

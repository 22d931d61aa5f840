package org.pavilion.shared.security;

/** The four roles of the {@code groups} claim. {@code admin} may do what any other role may. */
public final class Roles {
    public static final String OFFICER = "officer";
    public static final String SME = "sme";
    public static final String FINANCE = "finance";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}

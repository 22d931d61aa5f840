package org.pavilion.shared.security;

/**
 * The roles of the {@code groups} claim. {@code admin} may do what any other role may; {@code reviewer} (an outside
 * member of a selection committee) only reviews the applications of the calls whose panel names it.
 */
public final class Roles {
    public static final String OFFICER = "officer";
    public static final String SME = "sme";
    public static final String FINANCE = "finance";
    public static final String ADMIN = "admin";
    public static final String REVIEWER = "reviewer";

    private Roles() {
    }
}

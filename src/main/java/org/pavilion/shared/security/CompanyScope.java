package org.pavilion.shared.security;

import java.util.List;
import java.util.UUID;

/**
 * Which companies' data a caller may see in a list: every company (staff) or only the listed ones (an SME's
 * own, possibly none). Explicit, so that "all" is never spelled as a null list.
 */
public record CompanyScope(boolean all, List<UUID> companies) {

    private static final CompanyScope EVERY_COMPANY = new CompanyScope(true, List.of());

    public CompanyScope {
        companies = List.copyOf(companies);
    }

    public static CompanyScope everyCompany() {
        return EVERY_COMPANY;
    }

    public static CompanyScope only(List<UUID> companies) {
        return new CompanyScope(false, companies);
    }
}

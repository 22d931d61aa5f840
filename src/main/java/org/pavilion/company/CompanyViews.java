package org.pavilion.company;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.shared.money.Money;

/** The views the company endpoints answer with. */
public final class CompanyViews {

    private CompanyViews() {
    }

    @Schema(name = "Company")
    public record CompanyView(
            UUID id,
            @Schema(example = "124-81-00998") String brn,
            String nameKo,
            String nameEn,
            String representative,
            String sector,
            String city,
            String province,
            Integer employees,
            Money annualRevenue,
            Money exportsPrevYear,
            @Schema(description = "Derived from exportsPrevYear (USD): DOMESTIC (none or 0), BEGINNER (< 100,000), "
                    + "PROMISING (< 1,000,000), GROWING (< 5,000,000), GLOBAL (>= 5,000,000)") ExportStage exportStage,
            String contactEmail,
            String contactPhone,
            @Schema(enumeration = { "ko", "en" }) String preferredLanguage,
            CompanyStatus status,
            Instant createdAt,
            Instant updatedAt) {

        static CompanyView of(Company c) {
            return new CompanyView(c.id, c.brn, c.nameKo, c.nameEn, c.representative, c.sector, c.city, c.province,
                    c.employees, c.annualRevenue(), c.exportsPrevYear(), ExportStage.of(c.exportsPrevYear()), c.contactEmail, c.contactPhone, c.preferredLanguage, c.status,
                    c.createdAt, c.updatedAt);
        }
    }

    @Schema(name = "CompanyMember")
    public record MemberView(
            @Schema(example = "kc-user-7f3a") String subject,
            @Schema(example = "export@mediwave.example") String email,
            Instant addedAt) {
    }
}

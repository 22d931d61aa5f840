package org.pavilion.company;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.shared.money.InCurrency;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.problem.FieldError;
import org.pavilion.shared.web.PlainText;

/** The request bodies of the company endpoints, each a record with its bounds. */
public final class CompanyRequests {

    /** The languages a company may receive its e-mails in. */
    static final String LANGUAGES = "ko|en";

    private CompanyRequests() {
    }

    /** A company as registered: the body of {@code POST /companies}. */
    @Schema(name = "NewCompany")
    public record CompanyDetails(
            @NotBlank @ValidBrn @Schema(example = "124-81-00998", maxLength = 12, description = "10 digits, dashes optional, NTS check digit") String brn,
            @NotBlank @Size(max = 200) @Schema(example = "메디웨이브") String nameKo,
            @Size(max = 200) @Schema(example = "Mediwave Inc.") String nameEn,
            @NotBlank @Size(max = 100) @Schema(example = "Kim Min-jun") String representative,
            @NotBlank @Size(max = 100) @Schema(example = "Smart healthcare") String sector,
            @Size(max = 100) @Schema(example = "Seongnam") String city,
            @Size(max = 100) @Schema(example = "Gyeonggi") String province,
            @PositiveOrZero @Max(10_000_000) @Schema(example = "42") Integer employees,
            @InCurrency("KRW") @Schema(description = "KRW, may be zero") Money annualRevenue,
            @InCurrency("USD") @Schema(description = "USD, may be zero") Money exportsPrevYear,
            @NotBlank @Email @Size(max = 254) @Schema(example = "export@mediwave.example") String contactEmail,
            @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*", message = "may contain only digits, spaces and + ( ) -") @Schema(example = "+82-31-123-4567") String contactPhone,
            @Size(max = 2) @Pattern(regexp = LANGUAGES, message = "must be ko or en") @Schema(enumeration = { "ko", "en" },
                    description = "The language of the e-mails the company receives; ko when absent") String preferredLanguage) {

        /** The company this registration describes, in the given status. */
        Company newCompany(CompanyStatus status) {
            Company company = Company.registered(status);
            applyTo(company);
            return company;
        }

        void applyTo(Company company) {
            company.brn = Brn.normalise(brn);
            company.nameKo = nameKo.trim();
            company.nameEn = PlainText.trimToNull(nameEn);
            company.representative = representative.trim();
            company.sector = sector.trim();
            company.city = PlainText.trimToNull(city);
            company.province = PlainText.trimToNull(province);
            company.employees = employees;
            company.annualRevenue(annualRevenue);
            company.exportsPrevYear(exportsPrevYear);
            company.contactEmail = contactEmail.trim();
            company.contactPhone = PlainText.trimToNull(contactPhone);
            company.preferredLanguage = preferredLanguage == null ? "ko" : preferredLanguage;
        }

    }

    /**
     * The body of {@code PATCH /companies/{id}}: only the fields present change. An officer may
     * send any field and {@code status} (VERIFIED or SUSPENDED); an SME only contact fields.
     */
    @Schema(name = "CompanyPatch", description = "Only the fields present are changed")
    public record CompanyPatch(
            @ValidBrn @Schema(maxLength = 12, description = "10 digits, dashes optional, NTS check digit") String brn,
            @Size(min = 1, max = 200) String nameKo,
            @Size(max = 200) String nameEn,
            @Size(min = 1, max = 100) String representative,
            @Size(min = 1, max = 100) String sector,
            @Size(max = 100) String city,
            @Size(max = 100) String province,
            @PositiveOrZero @Max(10_000_000) Integer employees,
            @InCurrency("KRW") Money annualRevenue,
            @InCurrency("USD") Money exportsPrevYear,
            @Email @Size(min = 3, max = 254) String contactEmail,
            @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*", message = "may contain only digits, spaces and + ( ) -") String contactPhone,
            @Size(max = 2) @Pattern(regexp = LANGUAGES, message = "must be ko or en") @Schema(enumeration = { "ko", "en" }) String preferredLanguage,
            @Schema(enumeration = { "VERIFIED", "SUSPENDED" }) CompanyStatus status) {

        static final Set<String> SME_FIELDS = Set.of("contactEmail", "contactPhone", "preferredLanguage");
        private static final Set<String> REQUIRED = Set.of("brn", "nameKo", "representative", "sector", "contactEmail",
                "preferredLanguage", "status");

        /** Field-level rules Bean Validation cannot state: required fields may not be set to null. */
        void checkPresentFields(Set<String> present) {
            List<FieldError> errors = present.stream().filter(REQUIRED::contains).filter(f -> valueOf(f) == null).sorted()
                    .map(f -> FieldError.of(f, "must not be null")).toList();
            if (!errors.isEmpty()) {
                throw new ApiProblem.BadRequest("The request has invalid fields.", errors);
            }
            if (status == CompanyStatus.PENDING_VERIFICATION) {
                throw ApiProblem.BadRequest.field("status", "must be VERIFIED or SUSPENDED");
            }
        }

        /** The fields an SME may not change that this patch touches. */
        static Set<String> beyondSmeRights(Set<String> present) {
            Set<String> beyond = new HashSet<>(present);
            beyond.removeAll(SME_FIELDS);
            return beyond;
        }

        void applyTo(Company company, Set<String> present) {
            if (present.contains("brn")) {
                company.brn = Brn.normalise(brn);
            }
            if (present.contains("nameKo")) {
                company.nameKo = nameKo.trim();
            }
            if (present.contains("nameEn")) {
                company.nameEn = PlainText.trimToNull(nameEn);
            }
            if (present.contains("representative")) {
                company.representative = representative.trim();
            }
            if (present.contains("sector")) {
                company.sector = sector.trim();
            }
            if (present.contains("city")) {
                company.city = PlainText.trimToNull(city);
            }
            if (present.contains("province")) {
                company.province = PlainText.trimToNull(province);
            }
            if (present.contains("employees")) {
                company.employees = employees;
            }
            if (present.contains("annualRevenue")) {
                company.annualRevenue(annualRevenue);
            }
            if (present.contains("exportsPrevYear")) {
                company.exportsPrevYear(exportsPrevYear);
            }
            if (present.contains("contactEmail")) {
                company.contactEmail = contactEmail.trim();
            }
            if (present.contains("contactPhone")) {
                company.contactPhone = PlainText.trimToNull(contactPhone);
            }
            if (present.contains("preferredLanguage")) {
                company.preferredLanguage = preferredLanguage;
            }
            if (present.contains("status")) {
                company.changeStatus(status);
            }
        }

        private Object valueOf(String field) {
            return switch (field) {
                case "brn" -> brn;
                case "nameKo" -> nameKo;
                case "representative" -> representative;
                case "sector" -> sector;
                case "contactEmail" -> contactEmail;
                case "preferredLanguage" -> preferredLanguage;
                case "status" -> status;
                default -> null;
            };
        }
    }

    @Schema(name = "NewCompanyMember")
    public record NewMember(
            @NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9._@:|+\\-]+", message = "may contain only letters, digits and . _ @ : | + -")
            @Schema(description = "The user's `sub` in the identity provider", example = "kc-user-7f3a") String subject,
            @Email @Size(max = 254) String email) {
    }
}

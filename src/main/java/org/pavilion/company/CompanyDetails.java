package org.pavilion.company;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.shared.money.InCurrency;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.web.PlainText;

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
        @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*", message = "may contain only digits, spaces and + ( ) -") @Schema(example = "+82-31-123-4567") String contactPhone) {

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
    }

}

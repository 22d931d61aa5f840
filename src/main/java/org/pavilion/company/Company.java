package org.pavilion.company;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.money.Money;

@Entity
@Table(name = "companies")
public class Company {

    @Id
    UUID id;
    @Column(columnDefinition = "bpchar(12)")
    String brn;
    String nameKo;
    String nameEn;
    String representative;
    String sector;
    String city;
    String province;
    Integer employees;
    BigDecimal annualRevenueAmount;
    @Column(columnDefinition = "bpchar(3)")
    String annualRevenueCurrency;
    BigDecimal exportsPrevYearAmount;
    @Column(columnDefinition = "bpchar(3)")
    String exportsPrevYearCurrency;
    String contactEmail;
    String contactPhone;
    /** The language of the e-mails the company receives: {@code ko} (the default) or {@code en}. */
    String preferredLanguage = "ko";
    @Enumerated(EnumType.STRING)
    CompanyStatus status;
    Instant createdAt;
    Instant updatedAt;
    @Version
    long version;

    protected Company() {
    }

    /** A new company in this status, without its details yet (the registration writes them). */
    static Company registered(CompanyStatus status) {
        Company company = new Company();
        company.id = UUID.randomUUID();
        company.createdAt = Timestamps.now();
        company.updatedAt = company.createdAt;
        company.status = status;
        return company;
    }

    void changeStatus(CompanyStatus next) {
        this.status = next;
    }

    void touch() {
        this.updatedAt = Timestamps.now();
    }

    public UUID id() {
        return id;
    }

    public String nameKo() {
        return nameKo;
    }

    public CompanyStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    Money annualRevenue() {
        return annualRevenueAmount == null ? null : Money.of(annualRevenueAmount, Money.currency(annualRevenueCurrency));
    }

    Money exportsPrevYear() {
        return exportsPrevYearAmount == null ? null : Money.of(exportsPrevYearAmount, Money.currency(exportsPrevYearCurrency));
    }

    void annualRevenue(Money money) {
        annualRevenueAmount = money == null ? null : money.amount();
        annualRevenueCurrency = money == null ? null : money.currency().getCurrencyCode();
    }

    void exportsPrevYear(Money money) {
        exportsPrevYearAmount = money == null ? null : money.amount();
        exportsPrevYearCurrency = money == null ? null : money.currency().getCurrencyCode();
    }

    /** The audited view of the company: every field an officer may change. */
    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("brn", brn);
        s.put("nameKo", nameKo);
        s.put("nameEn", nameEn);
        s.put("representative", representative);
        s.put("sector", sector);
        s.put("city", city);
        s.put("province", province);
        s.put("employees", employees);
        s.put("annualRevenue", annualRevenue());
        s.put("exportsPrevYear", exportsPrevYear());
        s.put("contactEmail", contactEmail);
        s.put("contactPhone", contactPhone);
        s.put("preferredLanguage", preferredLanguage);
        s.put("status", status.name());
        return s;
    }
}

package org.pavilion.company;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pavilion.shared.money.Money;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.security.CompanyScope;
import org.pavilion.shared.security.CurrentUser;

/**
 * SME isolation, for every feature: an SME-only caller sees a company only if it is one of
 * its members, a reviewer only if it applies to a call on the reviewer's panel; anything else is answered
 * exactly like a company that does not exist (404).
 */
@ApplicationScoped
public class CompanyAccess {

    @Inject
    CompanyMemberRepository members;

    @Inject
    CompanyRepository companies;

    @Inject
    CurrentUser user;

    /** An SME sees its own companies; a reviewer those applying to a programme whose panel names it; staff all. */
    public boolean canSee(UUID companyId) {
        if (user.isRestrictedToPanels()) {
            return companies.underReviewBy(companyId, user.subject());
        }
        return !user.isRestrictedToOwnCompanies() || members.isMember(companyId, user.subject());
    }

    /** What other features may know of a company. */
    public record CompanyRef(UUID id, String name, CompanyStatus status, ExportStage exportStage, Money annualRevenue) {
        public boolean isVerified() {
            return status == CompanyStatus.VERIFIED;
        }
    }

    /** 404 unless the company exists and the caller may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CompanyRef requireVisible(UUID companyId) {
        if (!canSee(companyId)) {
            throw new ApiProblem.NotFound("company");
        }
        Company company = companies.findByIdOptional(companyId).orElseThrow(() -> new ApiProblem.NotFound("company"));
        return new CompanyRef(company.id, company.nameKo, company.status, ExportStage.of(company.exportsPrevYear()),
                company.annualRevenue());
    }

    /** The companies an SME-only caller may see; null for staff, who see all. */
    public CompanyScope visibleCompanies() {
        return user.isRestrictedToOwnCompanies() ? CompanyScope.only(members.companiesOf(user.subject())) : CompanyScope.everyCompany();
    }
}

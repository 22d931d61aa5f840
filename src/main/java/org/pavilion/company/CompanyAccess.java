package org.pavilion.company;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.security.CurrentUser;

/**
 * SME isolation, for every feature: an SME-only caller sees a company only if it is one of
 * its members; anything else is answered exactly like a company that does not exist (404).
 */
@ApplicationScoped
public class CompanyAccess {

    @Inject
    CompanyMemberRepository members;

    @Inject
    CompanyRepository companies;

    @Inject
    CurrentUser user;

    public boolean canSee(UUID companyId) {
        return !user.isRestrictedToOwnCompanies() || members.isMember(companyId, user.subject());
    }

    /** 404 unless the company exists and the caller may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireVisible(UUID companyId) {
        if (!canSee(companyId) || companies.findByIdOptional(companyId).isEmpty()) {
            throw new ApiProblem.NotFound("company");
        }
    }
}

package org.pavilion.company;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pavilion.company.CompanyRequests.CompanyDetails;
import org.pavilion.company.CompanyRequests.CompanyPatch;
import org.pavilion.company.CompanyRequests.NewMember;
import org.pavilion.company.CompanyViews.CompanyView;
import org.pavilion.company.CompanyViews.MemberView;
import org.pavilion.shared.audit.AuditLog;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.security.CurrentUser;
import org.pavilion.shared.web.ETags;
import org.pavilion.shared.web.Versioned;

/** Registering, finding and changing companies, and their members. */
@ApplicationScoped
public class CompanyService {

    static final String ENTITY = "company";

    @Inject
    CompanyRepository companies;

    @Inject
    CompanyMemberRepository members;

    @Inject
    CompanyAccess access;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    /** An officer's registration is VERIFIED; an SME's is PENDING_VERIFICATION and makes it a member. */
    @Transactional
    public Versioned<CompanyView> register(CompanyDetails details) {
        String brn = Brn.normalise(details.brn());
        if (companies.brnTaken(brn)) {
            throw duplicateBrn(brn);
        }
        boolean bySme = user.isRestrictedToOwnCompanies();
        Company company = details.newCompany(bySme ? CompanyStatus.PENDING_VERIFICATION : CompanyStatus.VERIFIED);
        companies.persist(company);
        companies.flush();
        audit.created(ENTITY, company.id, company.snapshot());
        if (bySme) {
            addMember(company, user.subject(), user.email());
        }
        return view(company);
    }

    @Transactional
    public Page<Company> search(CompanyRepository.Filter filter, PageRequest page) {
        CompanyRepository.Filter scoped = user.isRestrictedToOwnCompanies()
                ? new CompanyRepository.Filter(filter.q(), filter.sector(), filter.city(), filter.status(), user.subject())
                : filter;
        return Page.of(companies.search(scoped, page), page, companies.countMatching(scoped));
    }

    @Transactional
    public Versioned<CompanyView> get(UUID id) {
        return view(visible(id));
    }

    private Company visible(UUID id) {
        access.requireVisible(id);
        return companies.findByIdOptional(id).orElseThrow(CompanyService::notFound);
    }

    private static Versioned<CompanyView> view(Company company) {
        return new Versioned<>(CompanyView.of(company), company.version());
    }

    /** Applies the fields present in the patch; SMEs may change only their contact fields. */
    @Transactional
    public Versioned<CompanyView> update(UUID id, CompanyPatch patch, Set<String> present, String ifMatch) {
        patch.checkPresentFields(present);
        access.requireVisible(id);
        Company company = companies.findForUpdate(id).orElseThrow(CompanyService::notFound);
        if (user.isRestrictedToOwnCompanies()) {
            Set<String> beyond = new TreeSet<>(CompanyPatch.beyondSmeRights(present));
            if (!beyond.isEmpty()) {
                throw new ApiProblem.Forbidden("A company's own users may change only contactEmail, contactPhone and preferredLanguage; "
                        + "ask a trade officer to change " + String.join(", ", beyond) + ".");
            }
        }
        ETags.requireMatch(ifMatch, company.version);
        if (present.contains("brn")) {
            String brn = Brn.normalise(patch.brn());
            if (companies.brnTakenByAnother(brn, id)) {
                throw duplicateBrn(brn);
            }
        }
        Map<String, Object> before = company.snapshot();
        CompanyStatus statusBefore = company.status;
        patch.applyTo(company, present);
        Map<String, Object> after = company.snapshot();
        if (!before.equals(after)) {
            company.touch();
            companies.flush();
            audit.changed(statusBefore != company.status ? "status-changed" : "updated", ENTITY, id, before, after);
        }
        return view(company);
    }

    @Transactional
    public Page<MemberView> members(UUID companyId, PageRequest page) {
        visible(companyId);
        return Page.of(members.ofCompany(companyId, page).stream().map(CompanyMember::view).toList(), page,
                members.countOfCompany(companyId));
    }

    @Transactional
    public MemberView addMember(UUID companyId, NewMember member) {
        Company company = companies.findForUpdate(companyId).orElseThrow(CompanyService::notFound);
        if (members.isMember(companyId, member.subject())) {
            throw new ApiProblem.Conflict("already-a-member", "Already a member",
                    "This user is already a member of the company.");
        }
        return addMember(company, member.subject(), member.email()).view();
    }

    @Transactional
    public void removeMember(UUID companyId, String subject) {
        companies.findForUpdate(companyId).orElseThrow(CompanyService::notFound);
        CompanyMember member = members.findByIdOptional(new CompanyMember.Key(companyId, subject))
                .orElseThrow(() -> new ApiProblem.NotFound("member"));
        members.delete(member);
        audit.recorded("member-removed", ENTITY, companyId, Map.of("member", subject), null);
    }

    /** The companies the caller is a member of, for {@code GET /me}. */
    @Transactional
    public List<CompanyView> companiesOfCaller() {
        List<UUID> ids = members.companiesOf(user.subject());
        return ids.isEmpty() ? List.of() : companies.list("id in ?1 order by lower(nameKo), id", ids).stream().map(CompanyView::of).toList();
    }

    private CompanyMember addMember(Company company, String subject, String email) {
        CompanyMember member = new CompanyMember(company.id, subject, email, user.subject());
        members.persist(member);
        audit.recorded("member-added", ENTITY, company.id, null, Map.of("member", subject));
        return member;
    }


    private static ApiProblem duplicateBrn(String brn) {
        return new ApiProblem.Conflict("duplicate-brn", "Company already registered",
                "A company with business registration number " + brn + " is already registered.");
    }

    static ApiProblem notFound() {
        return new ApiProblem.NotFound("company");
    }
}

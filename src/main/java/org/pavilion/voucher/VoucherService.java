package org.pavilion.voucher;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.pavilion.company.CompanyAccess;
import org.pavilion.selection.SelectionAccess;
import org.pavilion.shared.audit.AuditLog;
import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.paging.FilteredQuery;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.problem.ConstraintProblems;
import org.pavilion.shared.security.CurrentUser;
import org.pavilion.shared.web.BusinessDate;
import org.pavilion.shared.web.ETags;
import org.pavilion.shared.web.PlainText;

/** Voucher programmes, applications and the decisions that issue vouchers. */
@ApplicationScoped
public class VoucherService {

    @Inject
    EntityManager em;

    @Inject
    VoucherLedger ledger;

    @Inject
    CompanyAccess companies;

    @Inject
    SelectionAccess selection;

    @Inject
    AuditLog audit;

    @Inject
    VoucherNotices notices;

    @Inject
    CurrentUser user;

    @Transactional
    VoucherProgramme createProgramme(VoucherRequests.NewProgramme request) {
        VoucherProgramme p = new VoucherProgramme();
        p.id = UUID.randomUUID();
        p.name = request.name().trim();
        p.agency = request.agency().trim();
        p.year = request.year();
        p.budget = request.budget().amount();
        p.maxPerCompany = request.maxPerCompany().amount();
        p.governmentShare = new BigDecimal(request.governmentShare());
        p.eligibleCategories = request.eligibleCategories().stream().distinct().map(Enum::name).toArray(String[]::new);
        p.applicationOpensOn = request.applicationOpensOn();
        p.applicationClosesOn = request.applicationClosesOn();
        p.validUntil = request.validUntil();
        p.eligibleExportStages = request.eligibleExportStages() == null || request.eligibleExportStages().isEmpty() ? null
                : request.eligibleExportStages().stream().distinct().sorted().map(Enum::name).toArray(String[]::new);
        p.shareTiers.addAll(request.newShareTiers());
        p.createdAt = Timestamps.now();
        p.updatedAt = p.createdAt;
        em.persist(p);
        em.flush();
        em.refresh(p);
        audit.created("voucher-programme", p.id, p.snapshot());
        return p;
    }

    @Transactional
    VoucherProgramme programme(UUID id) {
        VoucherProgramme p = em.find(VoucherProgramme.class, id);
        if (p == null) {
            throw new ApiProblem.NotFound("voucher programme");
        }
        return p;
    }

    @Transactional
    Page<VoucherProgramme> programmes(PageRequest page) {
        List<VoucherProgramme> items = em.createQuery("from VoucherProgramme p order by p.year desc, p.name, p.id", VoucherProgramme.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, em.createQuery("select count(p) from VoucherProgramme p", Long.class).getSingleResult());
    }

    /** An SME applies for its own verified company inside the window; an officer for any verified company, any time. */
    @Transactional
    VoucherApplication apply(UUID programmeId, VoucherRequests.NewApplication request) {
        VoucherProgramme programme = programme(programmeId);
        CompanyAccess.CompanyRef company = companies.requireVisible(request.companyId());
        if (activeApplicationExists(programmeId, company.id())) {
            throw ConstraintProblems.problem("voucher_applications_one_active");
        }
        if (user.isRestrictedToOwnCompanies() && !programme.acceptsApplicationsOn(BusinessDate.today())) {
            throw new ApiProblem.BusinessRule("application-window-closed", "Application window closed",
                    "Applications are accepted from " + programme.applicationOpensOn + " to " + programme.applicationClosesOn
                            + " (Asia/Seoul).");
        }
        if (!company.isVerified()) {
            throw new ApiProblem.BusinessRule("company-not-verified", "Company not verified",
                    "The company must be verified by a trade officer before it can apply (its status is " + company.status() + ").");
        }
        if (!programme.admits(company.exportStage())) {
            throw new ApiProblem.BusinessRule("company-not-eligible", "Company not eligible",
                    "This voucher programme admits other export stages than the company's (" + company.exportStage()
                            + ", from its exports of the previous year).");
        }
        VoucherApplication a = new VoucherApplication();
        a.id = UUID.randomUUID();
        a.programmeId = programmeId;
        a.companyId = company.id();
        a.requested = request.requested().amount();
        a.plan = PlainText.trimToNull(request.plan());
        a.status = ApplicationStatus.APPLIED;
        a.createdBy = user.subject();
        a.createdAt = Timestamps.now();
        a.updatedAt = a.createdAt;
        em.persist(a);
        em.flush();
        audit.created("voucher-application", a.id, a.snapshot());
        return a;
    }

    @Transactional
    VoucherApplication application(UUID id) {
        VoucherApplication a = em.find(VoucherApplication.class, id);
        if (a == null || !companies.canSee(a.companyId) || !selection.canSeeApplicationsOf(a.programmeId)) {
            throw new ApiProblem.NotFound("voucher application");
        }
        return a;
    }

    @Transactional
    Page<VoucherApplication> applications(UUID programmeId, ApplicationStatus status, PageRequest page) {
        return FilteredQuery.from("VoucherApplication a")
                .and("a.programmeId = :programme", "programme", programmeId)
                .and("a.status = :status", "status", status)
                .withinCompanies("a.companyId", companies.visibleCompanies())
                .and("a.programmeId in :panelCalls", "panelCalls", selection.visibleCalls().map(VoucherService::noneIfEmpty).orElse(null))
                .page(em, VoucherApplication.class, "a.createdAt, a.id", page);
    }

    @Transactional
    VoucherApplication withdraw(UUID id, String reason, String ifMatch) {
        VoucherApplication a = lockApplication(id, ifMatch);
        Map<String, Object> before = a.snapshot();
        a.withdraw(PlainText.trimToNull(reason));
        em.flush();
        audit.changed("withdrawn", "voucher-application", id, before, a.snapshot());
        return a;
    }

    /**
     * Approving issues a voucher for {@code granted}: never above the programme's maximum per
     * company (422 cap-exceeded) nor past its budget (422 budget-exceeded, a conditional UPDATE).
     */
    @Transactional
    VoucherApplication decide(UUID id, VoucherRequests.Decision decision, String ifMatch) {
        VoucherApplication a = lockApplication(id, ifMatch);
        Map<String, Object> before = a.snapshot();
        String reason = PlainText.trimToNull(decision.reason());
        if (Boolean.TRUE.equals(decision.approve())) {
            VoucherProgramme programme = programme(a.programmeId);
            Money revenue = companies.requireVisible(a.companyId).annualRevenue();
            Voucher v = a.approve(decision.granted(), programme, revenue, reason);
            ledger.grant(programme.id, decision.granted());
            em.persist(v);
            em.flush();
            audit.created("voucher", v.id, Map.of("applicationId", a.id, "granted", decision.granted(),
                    "governmentShare", VoucherViews.share(v.governmentShare), "validUntil", v.validUntil.toString()));
            audit.changed("approved", "voucher-application", id, before, a.snapshot());
            notices.applicationDecided(a, programme, v);
        } else {
            a.reject(reason);
            em.flush();
            audit.changed("rejected", "voucher-application", id, before, a.snapshot());
            notices.applicationDecided(a, programme(a.programmeId), null);
        }
        return a;
    }

    /** An IN list matches nothing when empty; a nil UUID stands for "no call". */
    private static List<UUID> noneIfEmpty(List<UUID> ids) {
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
    }

    UUID voucherOf(UUID applicationId) {
        List<UUID> ids = em.createQuery("select v.id from Voucher v where v.applicationId = :a", UUID.class)
                .setParameter("a", applicationId).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    Map<UUID, UUID> vouchersOf(List<UUID> applicationIds) {
        Map<UUID, UUID> byApplication = new HashMap<>();
        if (!applicationIds.isEmpty()) {
            for (Object[] row : em.createQuery("select v.applicationId, v.id from Voucher v where v.applicationId in :ids", Object[].class)
                    .setParameter("ids", applicationIds).getResultList()) {
                byApplication.put((UUID) row[0], (UUID) row[1]);
            }
        }
        return byApplication;
    }

    @Transactional
    Voucher voucher(UUID id) {
        Voucher v = em.find(Voucher.class, id);
        if (v == null || !companies.canSee(v.companyId)) {
            throw new ApiProblem.NotFound("voucher");
        }
        return v;
    }

    @Transactional
    Page<Voucher> vouchers(UUID companyId, PageRequest page) {
        return FilteredQuery.from("Voucher v")
                .and("v.companyId = :company", "company", companyId)
                .withinCompanies("v.companyId", companies.visibleCompanies())
                .page(em, Voucher.class, "v.createdAt, v.id", page);
    }

    private VoucherApplication lockApplication(UUID id, String ifMatch) {
        VoucherApplication a = application(id);
        em.refresh(a, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, a.version);
        return a;
    }

    private boolean activeApplicationExists(UUID programmeId, UUID companyId) {
        return em.createQuery("select count(a) from VoucherApplication a where a.programmeId = :p and a.companyId = :c "
                + "and a.status in (:active)", Long.class).setParameter("p", programmeId).setParameter("c", companyId)
                .setParameter("active", ApplicationStatus.ACTIVE).getSingleResult() > 0;
    }

}

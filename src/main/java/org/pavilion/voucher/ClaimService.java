package org.pavilion.voucher;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.pavilion.company.CompanyAccess;
import org.pavilion.document.DocumentAccess;
import org.pavilion.fx.FxService;
import org.pavilion.shared.audit.AuditLog;
import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.problem.ConstraintProblems;
import org.pavilion.shared.security.CurrentUser;
import org.pavilion.shared.web.BusinessDate;
import org.pavilion.shared.web.ETags;
import org.pavilion.shared.web.PlainText;

/**
 * Claims against vouchers. The subsidy is reserved at once by a conditional UPDATE that keeps
 * reserved + paid within granted, so simultaneous claims can never overdraw a voucher.
 */
@ApplicationScoped
public class ClaimService {

    @Inject
    DocumentAccess documents;

    static final String ENTITY = "claim";

    @Inject
    EntityManager em;

    @Inject
    VoucherService vouchers;

    @Inject
    VoucherLedger ledger;

    @Inject
    FxService fx;

    @Inject
    CompanyAccess companies;

    @Inject
    AuditLog audit;

    @Inject
    VoucherNotices notices;

    @Inject
    CurrentUser user;

    @Transactional
    Claim submit(UUID voucherId, VoucherRequests.NewClaim request) {
        Voucher voucher = vouchers.voucher(voucherId);
        String providerKey = request.provider().trim().toLowerCase();
        String invoiceKey = request.invoiceNumber().trim();
        if (alreadyClaimed(providerKey, invoiceKey)) {
            throw ConstraintProblems.problem("claims_no_double_funding");
        }
        vouchers.programme(voucher.programmeId).requireEligible(request.category());
        voucher.requireValidFor(BusinessDate.today(), request.invoiceDate());
        Money invoice = request.invoiceAmount();
        BigDecimal krw;
        FxService.Rate rate = null;
        if (invoice.isIn(Money.KRW)) {
            krw = invoice.amount();
        } else {
            rate = fx.rateFor(invoice.currency().getCurrencyCode(), request.invoiceDate()).orElseThrow(
                    () -> new ApiProblem.BusinessRule("rate-unavailable", "Exchange rate unavailable",
                            "No " + invoice.currency() + " rate is available for " + request.invoiceDate() + " (nor within "
                                    + fx.maxRateAgeDays() + " days before). Ask finance to record it, then claim again."));
            krw = invoice.amount().multiply(rate.krwPerUnit());
        }
        Money subsidy = voucher.subsidyFor(krw);
        if (!ledger.reserve(voucherId, subsidy)) {
            em.refresh(voucher);
            throw new ApiProblem.BusinessRule("voucher-balance-exceeded", "Voucher balance exceeded",
                    "This claim's subsidy of " + subsidy + " is more than the voucher's balance of " + voucher.balance() + ".");
        }
        Claim c = new Claim();
        c.id = UUID.randomUUID();
        c.voucherId = voucherId;
        c.companyId = voucher.companyId;
        c.category = request.category();
        c.provider = request.provider().trim();
        c.providerKey = providerKey;
        c.invoiceNumber = request.invoiceNumber().trim();
        c.invoiceKey = invoiceKey;
        c.invoiceDate = request.invoiceDate();
        c.invoiceAmount = invoice.amount();
        c.invoiceCurrency = invoice.currency().getCurrencyCode();
        if (rate != null) {
            c.krwPerUnit = rate.krwPerUnit();
            c.rateDate = rate.date();
            c.rateSource = rate.source();
        }
        c.subsidy = subsidy.amount();
        c.status = ClaimStatus.SUBMITTED;
        c.description = PlainText.trimToNull(request.description());
        c.createdBy = user.subject();
        c.createdAt = Timestamps.now();
        c.updatedAt = c.createdAt;
        em.persist(c);
        em.flush();
        audit.created(ENTITY, c.id, c.snapshot());
        notices.claimStatusChanged(c);
        return c;
    }

    @Transactional
    Claim get(UUID id) {
        Claim c = em.find(Claim.class, id);
        if (c == null || !companies.canSee(c.companyId)) {
            throw new ApiProblem.NotFound("claim");
        }
        return c;
    }

    @Transactional
    Page<Claim> ofVoucher(UUID voucherId, PageRequest page) {
        vouchers.voucher(voucherId);
        List<Claim> items = em.createQuery("from Claim c where c.voucherId = :v order by c.createdAt, c.id", Claim.class)
                .setParameter("v", voucherId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, em.createQuery("select count(c) from Claim c where c.voucherId = :v", Long.class)
                .setParameter("v", voucherId).getSingleResult());
    }

    /** Approval keeps the reservation; rejection releases it. Only SUBMITTED claims (409 otherwise). */
    @Transactional
    Claim decide(UUID id, VoucherRequests.ClaimDecision decision, String ifMatch) {
        Claim c = lock(id, ifMatch);
        Map<String, Object> before = c.snapshot();
        String reason = PlainText.trimToNull(decision.reason());
        if (Boolean.TRUE.equals(decision.approve())) {
            c.approve(reason);
            if (!documents.claimHasInvoice(c.id)) {
                throw new ApiProblem.BusinessRule("document-missing", "Invoice document missing",
                        "A claim is approved on its invoice: attach it first (POST /claims/{id}/documents?kind=INVOICE).");
            }
        } else {
            c.reject(reason);
            ledger.release(c.voucherId, c.subsidyAmount());
        }
        em.flush();
        audit.changed(c.status == ClaimStatus.APPROVED ? "approved" : "rejected", ENTITY, id, before, c.snapshot());
        notices.claimStatusChanged(c);
        return c;
    }

    /** Finance pays an APPROVED claim: its subsidy moves from reserved to paid. */
    @Transactional
    Claim pay(UUID id, VoucherRequests.Payment payment, String ifMatch) {
        Claim c = lock(id, ifMatch);
        Map<String, Object> before = c.snapshot();
        c.pay(payment.paidOn(), payment.reference().trim());
        ledger.settle(c.voucherId, c.subsidyAmount());
        em.flush();
        audit.changed("paid", ENTITY, id, before, c.snapshot());
        notices.claimStatusChanged(c);
        return c;
    }

    private Claim lock(UUID id, String ifMatch) {
        Claim c = get(id);
        em.refresh(c, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, c.version);
        return c;
    }

    private boolean alreadyClaimed(String providerKey, String invoiceKey) {
        return em.createQuery("select count(c) from Claim c where c.providerKey = :p and c.invoiceKey = :i and c.status in :holding",
                Long.class).setParameter("p", providerKey).setParameter("i", invoiceKey)
                .setParameter("holding", ClaimStatus.HOLDING_THEIR_INVOICE).getSingleResult() > 0;
    }

}

package org.pavilion.programme;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.pavilion.agreement.AgreementService;
import org.pavilion.fair.FairService;
import org.pavilion.programme.ProgrammeRequests.BudgetChange;
import org.pavilion.programme.ProgrammeRequests.CapChange;
import org.pavilion.programme.ProgrammeRequests.ProgrammeDetails;
import org.pavilion.programme.ProgrammeViews.CapHistoryEntry;
import org.pavilion.programme.ProgrammeViews.ProgrammeView;
import org.pavilion.shared.audit.AuditLog;
import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.security.CurrentUser;
import org.pavilion.shared.web.BusinessDate;
import org.pavilion.shared.web.ETags;
import org.pavilion.shared.web.Versioned;

@ApplicationScoped
public class ProgrammeService {

    static final String ENTITY = "programme";

    @Inject
    ProgrammeRepository programmes;

    @Inject
    ProgrammeCapRepository caps;

    @Inject
    ProgrammeLedger ledger;

    @Inject
    FairService fairs;

    @Inject
    AgreementService agreements;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    record WithCap(Programme programme, Money capToday) {
        ProgrammeView view() {
            return ProgrammeView.of(programme, capToday);
        }

        Versioned<ProgrammeView> versioned() {
            return new Versioned<>(view(), programme.version);
        }
    }

    @Transactional
    WithCap create(ProgrammeDetails details) {
        if (details.fairId() != null && fairs.find(details.fairId()).isEmpty()) {
            throw ApiProblem.BadRequest.field("fairId", "names no existing fair");
        }
        if (details.agreementId() != null && !agreements.exists(details.agreementId())) {
            throw ApiProblem.BadRequest.field("agreementId", "names no existing agreement");
        }
        Programme programme = details.newProgramme();
        programmes.persist(programme);
        ProgrammeCap first = new ProgrammeCap(programme.id, details.perCompanyCap(), BusinessDate.today(),
                "Set at creation", user.actor());
        caps.persist(first);
        programmes.flush();
        audit.created(ENTITY, programme.id, programme.snapshot(details.perCompanyCap()));
        return new WithCap(reload(programme.id), details.perCompanyCap());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    WithCap get(UUID id) {
        Programme programme = programmes.findByIdOptional(id).orElseThrow(ProgrammeService::notFound);
        return new WithCap(programme, ledger.capInForce(id, BusinessDate.today()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<WithCap> search(ProgrammeRepository.Filter filter, PageRequest page) {
        Page<Programme> found = programmes.search(filter, page);
        var capsToday = caps.inForceOn(found.items().stream().map(p -> p.id).toList(), BusinessDate.today());
        return found.map(p -> new WithCap(p, capsToday.containsKey(p.id)
                ? Money.of(capsToday.get(p.id), Money.KRW) : ledger.capInForce(p.id, BusinessDate.today())));
    }

    /** A new cap from effectiveFrom on; allocations already made stand. */
    @Transactional
    WithCap changeCap(UUID id, CapChange change, String ifMatch) {
        Programme programme = lock(id, ifMatch);
        Money before = ledger.capInForce(id, BusinessDate.today());
        caps.persist(new ProgrammeCap(id, change.cap(), change.effectiveFrom(), change.reason().trim(), user.actor()));
        ledger.touch(id);
        audit.recorded("cap-changed", ENTITY, id, Map.of("perCompanyCap", before),
                Map.of("perCompanyCap", change.cap(), "effectiveFrom", change.effectiveFrom().toString(),
                        "reason", change.reason().trim()));
        em.detach(programme);
        return get(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<CapHistoryEntry> capHistory(UUID id) {
        programmes.findByIdOptional(id).orElseThrow(ProgrammeService::notFound);
        return caps.history(id).stream().map(CapHistoryEntry::of).toList();
    }

    /** A new budget, never below what is already allocated (422 budget-exceeded). */
    @Transactional
    WithCap changeBudget(UUID id, BudgetChange change, String ifMatch) {
        Programme programme = lock(id, ifMatch);
        Money before = programme.budget();
        BigDecimal allocated = programme.allocated;
        if (change.budget().amount().compareTo(allocated) < 0) {
            throw new ApiProblem.BusinessRule("budget-exceeded", "Budget exceeded",
                    "The budget cannot be set below what is already allocated: " + Money.of(allocated, Money.KRW) + ".");
        }
        ledger.setBudget(id, change.budget());
        audit.recorded("budget-changed", ENTITY, id, Map.of("budget", before),
                Map.of("budget", change.budget(), "reason", change.reason().trim()));
        em.detach(programme);
        return get(id);
    }

    /** Links the programme to the agreement it carries out, or unlinks it (null); audited. */
    @Transactional
    WithCap linkAgreement(UUID id, UUID agreementId, String ifMatch) {
        if (agreementId != null && !agreements.exists(agreementId)) {
            throw ApiProblem.BadRequest.field("agreementId", "names no existing agreement");
        }
        Programme programme = lock(id, ifMatch);
        UUID before = programme.agreementId;
        if (!Objects.equals(before, agreementId)) {
            programme.agreementId = agreementId;
            programme.updatedAt = Timestamps.now();
            programmes.flush();
            Map<String, Object> was = new LinkedHashMap<>();
            was.put("agreementId", before == null ? null : before.toString());
            Map<String, Object> now = new LinkedHashMap<>();
            now.put("agreementId", agreementId == null ? null : agreementId.toString());
            audit.recorded("agreement-linked", ENTITY, id, was, now);
        }
        em.detach(programme);
        return get(id);
    }

    private Programme lock(UUID id, String ifMatch) {
        Programme programme = programmes.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(ProgrammeService::notFound);
        ETags.requireMatch(ifMatch, programme.version);
        return programme;
    }

    private Programme reload(UUID id) {
        Programme p = programmes.findById(id);
        em.refresh(p);
        return p;
    }

    static ApiProblem notFound() {
        return new ApiProblem.NotFound("programme");
    }
}

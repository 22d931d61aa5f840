package org.pavilion.participation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pavilion.company.CompanyAccess;
import org.pavilion.notification.EventType;
import org.pavilion.notification.Outbox;
import org.pavilion.participation.ParticipationRequests.NewAllocation;
import org.pavilion.participation.ParticipationRequests.NewDisbursement;
import org.pavilion.participation.ParticipationViews.AllocationView;
import org.pavilion.participation.ParticipationViews.DisbursementView;
import org.pavilion.programme.ProgrammeLedger;
import org.pavilion.shared.audit.AuditLog;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.security.CurrentUser;
import org.pavilion.shared.web.BusinessDate;
import org.pavilion.shared.web.ETags;
import org.pavilion.shared.web.PlainText;
import org.pavilion.shared.web.Versioned;

/**
 * Allocations and disbursements. Locks are always taken in the same order (participation,
 * then allocation, then programme) so concurrent requests queue instead of deadlocking.
 */
@ApplicationScoped
public class AllocationService {

    static final String ALLOCATION = "allocation";
    static final String DISBURSEMENT = "disbursement";

    @Inject
    ParticipationService participations;

    @Inject
    AllocationRepository allocations;

    @Inject
    DisbursementRepository disbursements;

    @Inject
    ProgrammeLedger programmes;

    @Inject
    CompanyAccess companies;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Outbox outbox;

    /**
     * Allocates support to a selected, confirmed or attended participation, within the
     * programme's categories, the cap in force today and the budget.
     */
    @Transactional
    Versioned<AllocationView> allocate(UUID participationId, NewAllocation request) {
        // The participation's row lock serialises allocations to this company in this programme
        // (it has at most one participation that can receive support).
        Participation participation = participations.lockVisible(participationId);
        ProgrammeLedger.ProgrammeRef programme = programmes.find(participation.programmeId).orElseThrow();
        Money cap = programmes.capInForce(programme.id(), BusinessDate.today());
        Money companyLive = Money.of(allocations.liveOfCompany(programme.id(), participation.companyId), Money.KRW);
        new AllocationCheck(participation.status, programme.supportCategories(), cap, companyLive)
                .firstRefusal(request.category(), request.amount()).ifPresent(refusal -> {
                    throw refusal;
                });
        programmes.reserve(programme.id(), request.amount());
        Allocation allocation = Allocation.of(participationId, programme.id(), participation.companyId,
                request.category(), request.amount(), PlainText.trimToNull(request.note()));
        allocations.persist(allocation);
        allocations.flush();
        audit.created(ALLOCATION, allocation.id, allocation.snapshot());
        outbox.publish(EventType.ALLOCATION_CREATED, event(allocation));
        return view(allocation);
    }

    /** Cancels an allocation: its undisbursed rest goes back to the budget. */
    @Transactional
    Versioned<AllocationView> cancel(UUID allocationId, String reason, String ifMatch) {
        Allocation found = visible(allocationId);
        participations.lockVisible(found.participationId);
        Allocation allocation = allocations.findForUpdate(allocationId).orElseThrow(AllocationService::notFound);
        if (allocation.status == Allocation.Status.CANCELLED) {
            throw new ApiProblem.Conflict("allocation-cancelled", "Allocation already cancelled",
                    "This allocation is already cancelled.");
        }
        ETags.requireMatch(ifMatch, allocation.version);
        cancel(allocation, reason.trim(), "cancelled");
        return view(allocation);
    }

    /** Withdrawal: every allocation's undisbursed rest is cancelled; the disbursed part stays allocated. */
    @Transactional(Transactional.TxType.MANDATORY)
    void cancelUndisbursedOf(UUID participationId, String reason) {
        for (Allocation allocation : allocations.undisbursedOf(participationId)) {
            cancel(allocation, reason, "cancelled-on-withdrawal");
        }
    }

    private void cancel(Allocation allocation, String reason, String action) {
        Map<String, Object> before = allocation.snapshot();
        Money rest = allocation.cancel(reason);
        allocations.flush();
        programmes.release(allocation.programmeId, rest);
        audit.changed(action, ALLOCATION, allocation.id, before, allocation.snapshot());
        Map<String, Object> event = event(allocation);
        event.put("reason", allocation.cancelReason);
        outbox.publish(EventType.ALLOCATION_CANCELLED, event);
    }

    /** What the allocation events say of an allocation. */
    private static Map<String, Object> event(Allocation allocation) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", allocation.id);
        data.put("status", allocation.status.name());
        data.put("companyId", allocation.companyId);
        data.put("participationId", allocation.participationId);
        data.put("programmeId", allocation.programmeId);
        data.put("category", allocation.category.name());
        data.put("amount", allocation.live());
        return data;
    }

    /** Records a payment, never above the allocation's undisbursed rest (422 budget-exceeded). */
    @Transactional
    DisbursementView disburse(UUID allocationId, NewDisbursement request, String ifMatch) {
        visible(allocationId);
        Allocation allocation = allocations.findForUpdate(allocationId).orElseThrow(AllocationService::notFound);
        if (allocation.status == Allocation.Status.CANCELLED) {
            throw new ApiProblem.Conflict("allocation-cancelled", "Allocation cancelled",
                    "Nothing can be paid against a cancelled allocation.");
        }
        ETags.requireMatch(ifMatch, allocation.version);
        Map<String, Object> before = allocation.snapshot();
        if (request.amount().isGreaterThan(allocation.undisbursed())
                || !allocations.addDisbursed(allocationId, request.amount().amount())) {
            throw new ApiProblem.BusinessRule("budget-exceeded", "Allocation exceeded",
                    "This payment of " + request.amount() + " is more than the allocation's undisbursed rest of "
                            + allocation.undisbursed() + ".");
        }
        programmes.disbursed(allocation.programmeId, request.amount());
        Disbursement disbursement = new Disbursement(allocationId, allocation.programmeId, request.amount(),
                request.paidOn(), request.reference().trim(), user.subject());
        disbursements.persist(disbursement);
        disbursements.flush();
        audit.created(DISBURSEMENT, disbursement.id, disbursement.snapshot());
        allocations.getEntityManager().refresh(allocation);
        audit.changed("disbursed", ALLOCATION, allocationId, before, allocation.snapshot());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", disbursement.id);
        event.put("allocationId", allocationId);
        event.put("companyId", allocation.companyId);
        event.put("programmeId", allocation.programmeId);
        event.put("amount", disbursement.amount());
        event.put("paidOn", disbursement.paidOn.toString());
        outbox.publish(EventType.DISBURSEMENT_CREATED, event);
        return DisbursementView.of(disbursement);
    }

    @Transactional
    Versioned<AllocationView> get(UUID id) {
        return view(visible(id));
    }

    private static Versioned<AllocationView> view(Allocation allocation) {
        return new Versioned<>(AllocationView.of(allocation), allocation.version);
    }

    @Transactional
    Page<Allocation> ofParticipation(UUID participationId, PageRequest page) {
        participations.visible(participationId);
        return Page.of(allocations.ofParticipation(participationId, page), page,
                allocations.countOfParticipation(participationId));
    }

    @Transactional
    Page<Disbursement> disbursementsOf(UUID allocationId, PageRequest page) {
        visible(allocationId);
        return Page.of(disbursements.ofAllocation(allocationId, page), page, disbursements.countOfAllocation(allocationId));
    }

    @Transactional
    DisbursementView disbursement(UUID id) {
        Disbursement disbursement = disbursements.findByIdOptional(id)
                .orElseThrow(() -> new ApiProblem.NotFound("disbursement"));
        visible(disbursement.allocationId);
        return DisbursementView.of(disbursement);
    }

    private Allocation visible(UUID id) {
        Allocation allocation = allocations.findByIdOptional(id).orElseThrow(AllocationService::notFound);
        if (!companies.canSee(allocation.companyId)) {
            throw notFound();
        }
        return allocation;
    }


    static ApiProblem notFound() {
        return new ApiProblem.NotFound("allocation");
    }
}

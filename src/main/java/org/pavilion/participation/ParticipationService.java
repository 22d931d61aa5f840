package org.pavilion.participation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pavilion.company.CompanyAccess;
import org.pavilion.company.ExportStage;
import org.pavilion.participation.ParticipationViews.ParticipationView;
import org.pavilion.programme.ProgrammeLedger;
import org.pavilion.selection.SelectionAccess;
import org.pavilion.shared.audit.AuditLog;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.problem.ConstraintProblems;
import org.pavilion.shared.security.CurrentUser;
import org.pavilion.shared.web.BusinessDate;
import org.pavilion.shared.web.ETags;
import org.pavilion.shared.web.PlainText;

/** Companies in programmes: applications, registrations and the status machine. */
@ApplicationScoped
public class ParticipationService {

    static final String ENTITY = "participation";

    @Inject
    ParticipationRepository participations;

    @Inject
    AllocationRepository allocations;

    @Inject
    AllocationService allocationService;

    @Inject
    ProgrammeLedger programmes;

    @Inject
    CompanyAccess companies;

    @Inject
    SelectionAccess selection;

    @Inject
    Waitlist waitlist;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    ParticipationNotices notices;

    /**
     * An officer registers any verified company (SELECTED, window or not); an SME applies for its
     * own verified company inside the application window (APPLIED).
     */
    @Transactional
    ParticipationView register(UUID programmeId, UUID companyId) {
        ProgrammeLedger.ProgrammeRef programme = programmes.find(programmeId)
                .orElseThrow(() -> new ApiProblem.NotFound("programme"));
        CompanyAccess.CompanyRef company = companies.requireVisible(companyId);
        if (participations.count("programmeId = ?1 and companyId = ?2 and status not in ?3", programmeId, companyId,
                ParticipationStatus.INACTIVE) > 0) {
            throw ConstraintProblems.problem("participations_one_active");
        }
        boolean bySme = user.isRestrictedToOwnCompanies();
        if (bySme && !programme.acceptsApplicationsOn(BusinessDate.today())) {
            throw new ApiProblem.BusinessRule("application-window-closed", "Application window closed",
                    "Applications to this programme are accepted from " + programme.applicationOpensOn() + " to "
                            + programme.applicationClosesOn() + " (Asia/Seoul).");
        }
        if (!company.isVerified()) {
            throw new ApiProblem.BusinessRule("company-not-verified", "Company not verified",
                    "The company must be verified by a trade officer before it can take part (its status is "
                            + company.status() + ").");
        }
        if (!programme.admits(company.exportStage())) {
            throw notEligible(company.exportStage());
        }
        Participation participation = Participation.open(programmeId, companyId,
                bySme ? ParticipationStatus.APPLIED : ParticipationStatus.SELECTED, user.subject());
        participations.persist(participation);
        participations.flush();
        audit.created(ENTITY, participation.id, participation.snapshot());
        notices.statusChanged(participation, null);
        return view(participation);
    }

    @Transactional
    ParticipationView get(UUID id) {
        return view(visible(id));
    }

    @Transactional
    Page<ParticipationView> ofProgramme(UUID programmeId, ParticipationStatus status, PageRequest page) {
        programmes.find(programmeId).orElseThrow(() -> new ApiProblem.NotFound("programme"));
        if (!selection.canSeeApplicationsOf(programmeId)) {
            throw new ApiProblem.NotFound("programme");
        }
        Page<Participation> found = participations.ofProgramme(programmeId, status, companies.visibleCompanies(), page);
        Map<UUID, AllocationRepository.Totals> totals = allocations.totalsOf(found.items().stream().map(p -> p.id).toList());
        return found.map(p -> view(p, totals.getOrDefault(p.id, AllocationRepository.Totals.NONE)));
    }

    /**
     * Officers move along the contract's transitions; an SME may only withdraw its own. Joining the waitlist takes
     * the next position at its end; leaving it moves the ones behind up; a withdrawal that frees a seat of a
     * programme with selection settings promotes the waitlist's head in the same transaction. The programme's
     * seats-and-waitlist lock is taken first, so concurrent withdrawals (on any instance) promote one at a time.
     */
    @Transactional
    ParticipationView transition(UUID id, ParticipationStatus target, String reason, String ifMatch) {
        UUID programmeId = visible(id).programmeId;
        participations.lockSeatsAndWaitlistOf(programmeId);
        Participation participation = participations.findForUpdate(id).orElseThrow(ParticipationService::notFound);
        if (user.isRestrictedToOwnCompanies() && target != ParticipationStatus.WITHDRAWN) {
            throw new ApiProblem.Forbidden("A company may only withdraw its own participation; selection is for trade officers.");
        }
        ETags.requireMatch(ifMatch, participation.version);
        Map<String, Object> before = participation.snapshot();
        Integer leftPosition = participation.waitlistPosition;
        ParticipationStatus previous = participation.status;
        boolean freesSeat = target == ParticipationStatus.WITHDRAWN && participation.holdsSeat();
        if (target == ParticipationStatus.WAITLISTED) {
            participation.waitlist(participations.lastWaitlistPosition(programmeId) + 1, PlainText.trimToNull(reason));
        } else {
            participation.transitionTo(target, PlainText.trimToNull(reason));
        }
        participations.flush();
        audit.changed("status-changed", ENTITY, id, before, participation.snapshot());
        notices.statusChanged(participation, previous);
        if (target == ParticipationStatus.WITHDRAWN) {
            allocationService.cancelUndisbursedOf(id, "Participation withdrawn");
        }
        if (leftPosition != null) {
            participations.moveUpBehind(programmeId, leftPosition);
        }
        if (freesSeat) {
            waitlist.promoteIntoFreedSeat(programmeId, id);
        }
        return view(participations.findById(id));
    }

    /** The participation, locked, for allocating to it; 404 if the caller may not see it. */
    Participation lockVisible(UUID id) {
        Participation participation = participations.findForUpdate(id).orElseThrow(ParticipationService::notFound);
        if (!companies.canSee(participation.companyId)) {
            throw notFound();
        }
        return participation;
    }

    /** 404 unless the caller may see it: an SME its own companies', a reviewer its panels' programmes'. */
    Participation visible(UUID id) {
        Participation participation = participations.findByIdOptional(id).orElseThrow(ParticipationService::notFound);
        if (!companies.canSee(participation.companyId) || !selection.canSeeApplicationsOf(participation.programmeId)) {
            throw notFound();
        }
        return participation;
    }

    /** What other features (outcomes) may know of a participation. */
    public record ParticipantRef(UUID id, UUID programmeId, UUID companyId, ParticipationStatus status) {
        /** SELECTED, CONFIRMED or ATTENDED: the company takes part, so it can report outcomes. */
        public boolean takesPart() {
            return status.receivesSupport();
        }
    }

    /** The participation if the caller may see it; 404 otherwise. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ParticipantRef requireVisible(UUID id) {
        Participation p = visible(id);
        return new ParticipantRef(p.id, p.programmeId, p.companyId, p.status);
    }

    /** The participations of a programme that take part, by their company's BRN (123-45-67890). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, ParticipantRef> takingPartByBrn(UUID programmeId) {
        Map<String, ParticipantRef> byBrn = new HashMap<>();
        for (Object[] r : participations.receivingSupportWithBrn(programmeId)) {
            byBrn.put(((String) r[0]).trim(), new ParticipantRef((UUID) r[1], programmeId, (UUID) r[2],
                    ParticipationStatus.valueOf((String) r[3])));
        }
        return byBrn;
    }

    private ParticipationView view(Participation p) {
        return view(p, allocations.totalsOf(List.of(p.id)).getOrDefault(p.id, AllocationRepository.Totals.NONE));
    }

    private static ParticipationView view(Participation p, AllocationRepository.Totals totals) {
        return ParticipationView.of(p, krw(totals.allocated()), krw(totals.disbursed()));
    }

    private static Money krw(BigDecimal amount) {
        return Money.of(amount, Money.KRW);
    }


    private static ApiProblem notEligible(ExportStage stage) {
        return new ApiProblem.BusinessRule("company-not-eligible", "Company not eligible",
                "This programme admits other export stages than the company's (" + stage + ", from its exports of the "
                        + "previous year).");
    }

    static ApiProblem notFound() {
        return new ApiProblem.NotFound("participation");
    }
}

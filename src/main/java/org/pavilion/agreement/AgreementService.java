package org.pavilion.agreement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.pavilion.agreement.AgreementRequests.AgreementDetails;
import org.pavilion.agreement.AgreementRequests.AgreementPatch;
import org.pavilion.agreement.AgreementRequests.CommitmentDetails;
import org.pavilion.agreement.AgreementRequests.MeetingDetails;
import org.pavilion.agreement.AgreementViews.AgreementView;
import org.pavilion.agreement.AgreementViews.CommitmentView;
import org.pavilion.agreement.AgreementViews.MeetingView;
import org.pavilion.agreement.AgreementViews.PartnerName;
import org.pavilion.shared.audit.AuditLog;
import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.web.BusinessDate;
import org.pavilion.shared.web.ETags;
import org.pavilion.shared.web.PatchBody;
import org.pavilion.shared.web.PlainText;
import org.pavilion.shared.web.Versioned;

/**
 * Cooperation agreements with their partners, commitments and meetings. Officers record them; officers, finance and
 * admins read them; every change is audited ({@code agreement}, {@code commitment}, {@code meeting}).
 */
@ApplicationScoped
public class AgreementService {

    static final String ENTITY = "agreement";
    static final String COMMITMENT = "commitment";
    static final String MEETING = "meeting";

    @Inject
    AgreementRepository agreements;

    @Inject
    PartnerRepository partners;

    @Inject
    CommitmentRepository commitments;

    @Inject
    MeetingRepository meetings;

    @Inject
    AuditLog audit;

    /** Whether an agreement with this id exists (for programmes that name the agreement they carry out). */
    @Transactional
    public boolean exists(UUID id) {
        return agreements.count("id", id) > 0;
    }

    @Transactional
    Versioned<AgreementView> create(AgreementDetails details) {
        Agreement agreement = new Agreement(UUID.randomUUID(), Timestamps.now());
        agreement.title = details.title().trim();
        agreement.kind = details.kind();
        agreement.signedOn = details.signedOn();
        agreement.startsOn = details.startsOn();
        agreement.endsOn = details.endsOn();
        agreement.domesticParties = texts(details.domesticParties());
        agreement.areas = areas(details.areas());
        agreement.summary = PlainText.trimToNull(details.summary());
        agreements.persist(agreement);
        agreements.flush();
        agreements.setPartners(agreement, existingPartners(details.partnerIds()));
        audit.created(ENTITY, agreement.id, agreement.snapshot());
        return view(agreement);
    }

    @Transactional
    Page<AgreementView> search(AgreementRepository.Filter filter, PageRequest page) {
        LocalDate today = BusinessDate.today();
        Page<Agreement> found = agreements.search(filter, today, page);
        Map<UUID, String> names = partnerNames(found.items().stream().flatMap(a -> a.partnerIds.stream()).toList());
        return found.map(a -> view(a, names, today));
    }

    @Transactional
    Versioned<AgreementView> get(UUID id) {
        return view(agreements.find(id, false).orElseThrow(AgreementService::notFound));
    }

    @Transactional
    Versioned<AgreementView> update(UUID id, PatchBody<AgreementPatch> patch, String ifMatch) {
        AgreementPatch p = patch.values();
        patch.notNull("title", p.title());
        patch.notNull("kind", p.kind());
        patch.notNull("signedOn", p.signedOn());
        patch.notNull("startsOn", p.startsOn());
        patch.notNull("partnerIds", p.partnerIds());
        Agreement agreement = lock(id);
        ETags.requireMatch(ifMatch, agreement.version);
        Map<String, Object> before = agreement.snapshot();
        if (patch.has("title")) {
            agreement.title = p.title().trim();
        }
        if (patch.has("kind")) {
            agreement.kind = p.kind();
        }
        if (patch.has("signedOn")) {
            agreement.signedOn = p.signedOn();
        }
        if (patch.has("startsOn")) {
            agreement.startsOn = p.startsOn();
        }
        if (patch.has("endsOn")) {
            agreement.endsOn = p.endsOn();
        }
        if (patch.has("domesticParties")) {
            agreement.domesticParties = texts(p.domesticParties());
        }
        if (patch.has("areas")) {
            agreement.areas = areas(p.areas());
        }
        if (patch.has("summary")) {
            agreement.summary = PlainText.trimToNull(p.summary());
        }
        if (agreement.endsOn != null && agreement.endsOn.isBefore(agreement.startsOn)) {
            throw ApiProblem.BadRequest.field("endsOn", "must not be before startsOn");
        }
        if (patch.has("partnerIds")) {
            // after every check: its SQL flushes the changes above
            agreements.setPartners(agreement, existingPartners(p.partnerIds()));
        }
        Map<String, Object> after = agreement.snapshot();
        if (!before.equals(after)) {
            agreement.updatedAt = Timestamps.now();
            agreements.flush();
            audit.changed("updated", ENTITY, id, before, after);
        }
        return view(agreement);
    }

    /** Terminates the agreement today (Asia/Seoul), for the reason given; 409 when it already is. */
    @Transactional
    Versioned<AgreementView> terminate(UUID id, String reason, String ifMatch) {
        Agreement agreement = lock(id);
        ETags.requireMatch(ifMatch, agreement.version);
        Map<String, Object> before = agreement.snapshot();
        agreement.terminate(BusinessDate.today(), reason.trim());
        agreement.updatedAt = Timestamps.now();
        agreements.flush();
        audit.changed("terminated", ENTITY, id, before, agreement.snapshot());
        return view(agreement);
    }

    @Transactional
    CommitmentView addCommitment(UUID agreementId, CommitmentDetails details) {
        Agreement agreement = lock(agreementId);
        agreement.requireNotTerminated();
        Commitment commitment = new Commitment(UUID.randomUUID(), agreementId, Timestamps.now());
        commitment.description = details.description().trim();
        commitment.area = details.area();
        commitment.owner = PlainText.trimToNull(details.owner());
        commitment.dueOn = details.dueOn();
        commitments.persist(commitment);
        audit.created(COMMITMENT, commitment.id, commitment.snapshot());
        return CommitmentView.of(commitment, BusinessDate.today());
    }

    @Transactional
    Page<CommitmentView> commitmentsOf(UUID agreementId, PageRequest page) {
        requireAgreement(agreementId);
        LocalDate today = BusinessDate.today();
        return commitments.ofAgreement(agreementId, page).map(c -> CommitmentView.of(c, today));
    }

    @Transactional
    CommitmentView commitment(UUID id) {
        return CommitmentView.of(commitments.findByIdOptional(id).orElseThrow(() -> new ApiProblem.NotFound("commitment")),
                BusinessDate.today());
    }

    @Transactional
    MeetingView meeting(UUID id) {
        return MeetingView.of(meetings.findByIdOptional(id).orElseThrow(() -> new ApiProblem.NotFound("meeting")));
    }

    /** Moves a commitment along its status machine (409 for any other move); audited with the note. */
    @Transactional
    CommitmentView transition(UUID commitmentId, CommitmentStatus target, String note) {
        Commitment commitment = commitments.findByIdOptional(commitmentId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ApiProblem.NotFound("commitment"));
        String was = commitment.status.name();
        commitment.transitionTo(target);
        commitment.updatedAt = Timestamps.now();
        commitments.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", target.name());
        after.put("note", PlainText.trimToNull(note));
        audit.recorded("status-changed", COMMITMENT, commitmentId, Map.of("status", was), after);
        return CommitmentView.of(commitment, BusinessDate.today());
    }

    @Transactional
    MeetingView addMeeting(UUID agreementId, MeetingDetails details) {
        requireAgreement(agreementId);
        Meeting meeting = new Meeting(UUID.randomUUID(), agreementId, Timestamps.now());
        meeting.heldOn = details.heldOn();
        meeting.kind = details.kind();
        meeting.place = PlainText.trimToNull(details.place());
        meeting.attendees = details.attendees();
        meeting.summary = PlainText.trimToNull(details.summary());
        meetings.persist(meeting);
        audit.created(MEETING, meeting.id, meeting.snapshot());
        return MeetingView.of(meeting);
    }

    @Transactional
    Page<MeetingView> meetingsOf(UUID agreementId, PageRequest page) {
        requireAgreement(agreementId);
        return meetings.ofAgreement(agreementId, page).map(MeetingView::of);
    }

    private Agreement lock(UUID id) {
        return agreements.find(id, true).orElseThrow(AgreementService::notFound);
    }

    private void requireAgreement(UUID id) {
        if (agreements.count("id", id) == 0) {
            throw notFound();
        }
    }

    /** The partners named, each once, in the order given; 400 when one does not exist. */
    private List<UUID> existingPartners(List<UUID> ids) {
        Set<UUID> distinct = new LinkedHashSet<>(ids);
        Set<UUID> found = partners.byIds(distinct).stream().map(p -> p.id).collect(Collectors.toSet());
        for (UUID id : distinct) {
            if (!found.contains(id)) {
                throw ApiProblem.BadRequest.field("partnerIds", "names no existing partner (" + id + ")");
            }
        }
        return List.copyOf(distinct);
    }

    private Map<UUID, String> partnerNames(List<UUID> ids) {
        return partners.byIds(new LinkedHashSet<>(ids)).stream().collect(Collectors.toMap(p -> p.id, p -> p.name, (a, b) -> a));
    }

    private Versioned<AgreementView> view(Agreement agreement) {
        return new Versioned<>(view(agreement, partnerNames(agreement.partnerIds), BusinessDate.today()), agreement.version);
    }

    private static AgreementView view(Agreement a, Map<UUID, String> names, LocalDate today) {
        return new AgreementView(a.id, a.title, a.kind, a.signedOn, a.startsOn, a.endsOn, a.statusOn(today),
                a.partnerIds.stream().map(id -> new PartnerName(id, names.get(id))).toList(), a.domesticPartyList(), a.areaList(),
                a.summary, a.terminatedOn, a.terminationReason, a.createdAt);
    }

    private static String[] texts(List<String> values) {
        return values == null ? new String[0] : values.stream().map(String::trim).distinct().toArray(String[]::new);
    }

    private static String[] areas(List<CooperationArea> values) {
        return values == null ? new String[0] : values.stream().distinct().map(Enum::name).toArray(String[]::new);
    }

    static ApiProblem notFound() {
        return new ApiProblem.NotFound("agreement");
    }
}

package org.pavilion.outcome;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.pavilion.company.Brn;
import org.pavilion.company.CompanyAccess;
import org.pavilion.notification.EventType;
import org.pavilion.notification.Outbox;
import org.pavilion.outcome.OutcomeViews.OutcomeView;
import org.pavilion.participation.ParticipationService;
import org.pavilion.participation.ParticipationService.ParticipantRef;
import org.pavilion.programme.ProgrammeLedger;
import org.pavilion.shared.audit.AuditLog;
import org.pavilion.shared.csv.Csv;
import org.pavilion.shared.csv.CsvRecord;
import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.money.InvalidMoney;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.paging.FilteredQuery;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.problem.ConstraintProblems;
import org.pavilion.shared.problem.FieldError;
import org.pavilion.shared.security.CurrentUser;
import org.pavilion.shared.web.BusinessDate;
import org.pavilion.shared.web.ETags;
import org.pavilion.shared.web.IsoCountry;
import org.pavilion.shared.web.PatchBody;
import org.pavilion.shared.web.PlainText;
import org.pavilion.shared.web.Versioned;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Consultations and contracts, one by one or imported from CSV, and their follow-up. */
@ApplicationScoped
public class OutcomeService {

    static final String ENTITY = "outcome";
    static final List<String> CSV_HEADER = List.of("company_brn", "kind", "buyer_name", "buyer_country", "amount", "currency",
            "occurred_on", "status", "note");

    @Inject
    EntityManager em;

    @Inject
    OutcomeImportRepository imports;

    @Inject
    ParticipationService participations;

    @Inject
    ProgrammeLedger programmes;

    @Inject
    CompanyAccess companies;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper mapper;

    @Transactional
    Versioned<OutcomeView> record(UUID participationId, OutcomeRequests.NewOutcome request) {
        ParticipantRef participation = participations.requireVisible(participationId);
        if (!participation.takesPart()) {
            throw notTakingPart(participation);
        }
        Outcome outcome = request.newOutcome(participation.id(), participation.programmeId(), participation.companyId(), user.subject());
        em.persist(outcome);
        em.flush();
        audit.created(ENTITY, outcome.id, outcome.snapshot());
        return view(outcome);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Versioned<OutcomeView> get(UUID id) {
        return view(visible(id));
    }

    private static Versioned<OutcomeView> view(Outcome outcome) {
        return new Versioned<>(OutcomeView.of(outcome), outcome.version);
    }

    private Outcome visible(UUID id) {
        Outcome outcome = em.find(Outcome.class, id);
        if (outcome == null || !companies.canSee(outcome.companyId)) {
            throw notFound();
        }
        return outcome;
    }

    /** Follow-up: status, value and note; audited with before and after. */
    @Transactional
    Versioned<OutcomeView> followUp(UUID id, PatchBody<OutcomeRequests.FollowUp> patch, String ifMatch) {
        OutcomeRequests.FollowUp change = patch.values();
        if (patch.has("status") && change.status() == null) {
            throw ApiProblem.BadRequest.field("status", "must not be null");
        }
        if (patch.has("value") && change.value() == null) {
            throw ApiProblem.BadRequest.field("value", "must not be null");
        }
        Outcome outcome = visible(id);
        em.refresh(outcome, LockModeType.PESSIMISTIC_WRITE);
        if (patch.has("status") && !outcome.kind.statuses().contains(change.status())) {
            throw ApiProblem.BadRequest.field("status", "must be one of " + outcome.kind.statuses() + " for a " + outcome.kind);
        }
        if (patch.has("signedOn") && change.signedOn() != null) {
            if (!outcome.isContract()) {
                throw ApiProblem.BadRequest.field("signedOn", "is for contracts only");
            }
            if (change.signedOn().isBefore(outcome.occurredOn)) {
                throw ApiProblem.BadRequest.field("signedOn", "must not be before occurredOn (" + outcome.occurredOn + ")");
            }
        }
        ETags.requireMatch(ifMatch, outcome.version);
        Map<String, Object> before = outcome.snapshot();
        Money valueBefore = outcome.value();
        LocalDate givenSignedOn = patch.has("signedOn") ? change.signedOn() : null;
        if (patch.has("status")) {
            outcome.changeStatus(change.status(), givenSignedOn, BusinessDate.today());
        }
        if (patch.has("signedOn") && outcome.isContract()) {
            outcome.signedOn(change.signedOn());
        }
        if (patch.has("value")) {
            outcome.value(change.value());
        }
        if (patch.has("note")) {
            outcome.note = PlainText.trimToNull(change.note());
        }
        if (!before.equals(outcome.snapshot())) {
            outcome.updatedAt = Timestamps.now();
            boolean evidenceNoLongerBacksIt = outcome.isVerified()
                    && (!valueBefore.equals(outcome.value()) || !before.get("status").equals(outcome.status.name()));
            Map<String, Object> verificationBefore = outcome.verificationSnapshot();
            if (evidenceNoLongerBacksIt) {
                outcome.clearVerification();
            }
            em.flush();
            audit.changed("followed-up", ENTITY, id, before, outcome.snapshot());
            if (evidenceNoLongerBacksIt) {
                audit.changed("verification-cleared", ENTITY, id, verificationBefore, outcome.verificationSnapshot());
            }
        }
        return view(outcome);
    }

    /**
     * An officer's finding on a SIGNED contract's evidence (409 for anything else). One piece of evidence backs one
     * VERIFIED contract: the same kind and reference (trimmed, case-insensitive) on another is 409, under any
     * concurrency (a partial unique index).
     */
    @Transactional
    Versioned<OutcomeView> verify(UUID id, OutcomeRequests.Verification request, String ifMatch) {
        Outcome outcome = visible(id);
        em.refresh(outcome, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, outcome.version);
        Map<String, Object> before = outcome.verificationSnapshot();
        outcome.verify(request.status(), request.evidenceKind(), request.evidenceReference().trim(), user.subject(), user.name());
        if (request.status() == VerificationStatus.VERIFIED && evidenceBacksAnother(outcome)) {
            throw ConstraintProblems.problem("outcomes_one_contract_per_evidence");
        }
        outcome.updatedAt = Timestamps.now();
        em.flush();
        Map<String, Object> after = outcome.verificationSnapshot();
        after.put("note", PlainText.trimToNull(request.note()));
        audit.recorded("verified", ENTITY, id, before, after);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", outcome.id);
        event.put("status", outcome.status.name());
        event.put("verificationStatus", outcome.verificationStatus.name());
        event.put("companyId", outcome.companyId);
        event.put("participationId", outcome.participationId);
        event.put("programmeId", outcome.programmeId);
        outbox.publish(EventType.OUTCOME_VERIFIED, event);
        return view(outcome);
    }

    private boolean evidenceBacksAnother(Outcome outcome) {
        return !em.createQuery("""
                select o.id from Outcome o where o.evidenceKind = :kind and o.evidenceKey = :key
                and o.verificationStatus = :verified and o.id <> :id
                """, UUID.class).setParameter("kind", outcome.evidenceKind).setParameter("key", outcome.evidenceKey)
                .setParameter("verified", VerificationStatus.VERIFIED).setParameter("id", outcome.id).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<Outcome> ofProgramme(UUID programmeId, OutcomeKind kind, UUID companyId, OutcomeStatus status, PageRequest page) {
        programmes.find(programmeId).orElseThrow(() -> new ApiProblem.NotFound("programme"));
        return FilteredQuery.from("Outcome o")
                .and("o.programmeId = :programme", "programme", programmeId)
                .and("o.kind = :kind", "kind", kind)
                .and("o.companyId = :company", "company", companyId)
                .and("o.status = :status", "status", status)
                .withinCompanies("o.companyId", companies.visibleCompanies())
                .page(em, Outcome.class, "o.occurredOn, o.createdAt, o.id", page);
    }

    /** All rows or none; a bad file is a 422 listing every bad row and field. */
    @Transactional
    int importCsv(UUID programmeId, Reader csv) {
        programmes.find(programmeId).orElseThrow(() -> new ApiProblem.NotFound("programme"));
        Map<String, ParticipantRef> takingPart = participations.takingPartByBrn(programmeId);
        List<FieldError> errors = new ArrayList<>();
        List<ImportedOutcome> rows = new ArrayList<>();
        Csv.eachWithHeader(csv, CSV_HEADER, record -> {
            ImportedOutcome row = validate(record, takingPart, errors);
            if (row != null) {
                rows.add(row);
            }
        });
        if (!errors.isEmpty()) {
            throw new ApiProblem.BusinessRule("invalid-csv", "Invalid rows",
                    errors.size() + " problem(s) in the file; nothing was imported.", errors.size() > 1000 ? errors.subList(0, 1000) : errors);
        }
        insert(rows);
        return rows.size();
    }

    static final int INSERT_CHUNK = 5_000;

    private static ImportedOutcome validate(CsvRecord record, Map<String, ParticipantRef> takingPart, List<FieldError> errors) {
        int line = record.line();
        if (record.fields().size() != CSV_HEADER.size()) {
            errors.add(FieldError.atRow(line, null, "expected " + CSV_HEADER.size() + " fields, found " + record.fields().size()));
            return null;
        }
        int before = errors.size();
        ParticipantRef participation = null;
        try {
            participation = takingPart.get(Brn.normalise(record.get(0)));
            if (participation == null) {
                errors.add(FieldError.atRow(line, "company_brn", "has no participation taking part in this programme"));
            }
        } catch (Brn.InvalidBrn e) {
            errors.add(FieldError.atRow(line, "company_brn", e.getMessage()));
        }
        OutcomeKind kind = parseEnum(OutcomeKind.class, record.get(1), line, "kind", errors);
        String buyer = record.get(2).trim();
        if (buyer.isEmpty() || buyer.length() > 200) {
            errors.add(FieldError.atRow(line, "buyer_name", "must be 1 to 200 characters"));
        }
        String country = record.get(3).trim();
        if (!IsoCountry.Validator.isValid(country)) {
            errors.add(FieldError.atRow(line, "buyer_country", "must be an ISO 3166-1 alpha-2 code, such as ES"));
        }
        Money value = null;
        try {
            value = Money.of(record.get(4).trim(), record.get(5).trim());
            if (value.isNegative()) {
                errors.add(FieldError.atRow(line, "amount", "must not be negative"));
            }
        } catch (InvalidMoney e) {
            errors.add(FieldError.atRow(line, e.getMessage().startsWith("currency") ? "currency" : "amount", e.getMessage()));
        }
        LocalDate occurredOn = BusinessDate.parse(record.get(6).trim()).orElse(null);
        if (occurredOn == null) {
            errors.add(FieldError.atRow(line, "occurred_on", BusinessDate.RULE));
        }
        OutcomeStatus status = parseEnum(OutcomeStatus.class, record.get(7), line, "status", errors);
        if (kind != null && status != null && !kind.statuses().contains(status)) {
            errors.add(FieldError.atRow(line, "status", "must be one of " + kind.statuses() + " for a " + kind));
        }
        String note = record.get(8).trim();
        if (note.length() > 2000) {
            errors.add(FieldError.atRow(line, "note", "must be at most 2000 characters"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new ImportedOutcome(UUID.randomUUID(), participation, kind, buyer, country, value, occurredOn, status,
                note.isEmpty() ? null : note);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String raw, int line, String field, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.atRow(line, field, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    /**
     * The rows in chunks of {@value #INSERT_CHUNK}, each one INSERT of its rows (arrays unnested by
     * PostgreSQL) and one INSERT of their audit events, all in the caller's transaction: memory for the
     * arrays stays bounded whatever the file's size (a 20 MiB file is about 250,000 rows).
     */
    private void insert(List<ImportedOutcome> rows) {
        for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
            insertChunk(rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK)));
        }
    }

    private void insertChunk(List<ImportedOutcome> rows) {
        imports.insertAll(rows, user.subject());
        audit.recordedMany(ENTITY, rows.stream().map(r -> new AuditLog.Entry("imported", r.id(), null, auditJson(r))).toList());
    }

    private String auditJson(ImportedOutcome r) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("participationId", r.participation().id());
        after.put("kind", r.kind().name());
        after.put("buyerName", r.buyerName());
        after.put("buyerCountry", r.buyerCountry());
        after.put("value", r.value());
        after.put("occurredOn", r.occurredOn().toString());
        after.put("status", r.status().name());
        after.put("note", r.note());
        try {
            return mapper.writeValueAsString(after);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiProblem notTakingPart(ParticipantRef participation) {
        return new ApiProblem.Conflict("participation-not-taking-part", "Participation not taking part",
                "Outcomes are recorded for SELECTED, CONFIRMED or ATTENDED participations; this one is "
                        + participation.status() + ".");
    }

    static ApiProblem notFound() {
        return new ApiProblem.NotFound("outcome");
    }
}

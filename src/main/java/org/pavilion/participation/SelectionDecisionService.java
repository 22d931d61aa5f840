package org.pavilion.participation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pavilion.notification.EventType;
import org.pavilion.notification.Outbox;
import org.pavilion.participation.ParticipationViews.SelectionDecisionView;
import org.pavilion.programme.ProgrammeLedger;
import org.pavilion.selection.Ranking;
import org.pavilion.selection.SelectionAccess;
import org.pavilion.shared.audit.AuditLog;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.security.CurrentUser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The committee decision of a programme: in one transaction, the ranked APPLIED participations fill the free seats
 * (SELECTED) and the rest join the waitlist in ranking order, after any already waiting; the decision is recorded
 * with the ranking it was taken on. Every status change and the decision are audited.
 */
@ApplicationScoped
class SelectionDecisionService {

    static final String ENTITY = "selection-decision";

    @Inject
    ParticipationRepository participations;

    @Inject
    SelectionDecisionRepository decisions;

    @Inject
    ProgrammeLedger programmes;

    @Inject
    SelectionAccess selection;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @Inject
    ParticipationNotices notices;

    @Inject
    Outbox outbox;

    @Transactional
    SelectionDecisionView decide(UUID programmeId, String reason) {
        String programmeName = programmes.find(programmeId).orElseThrow(() -> new ApiProblem.NotFound("programme")).name();
        participations.lockSeatsAndWaitlistOf(programmeId);
        Ranking ranking = selection.ranking(programmeId).orElseThrow(() -> new ApiProblem.Conflict("selection-not-configured",
                "Selection not configured", "This programme has no selection settings, so there is no ranking to decide on."));
        if (ranking.items().isEmpty()) {
            throw new ApiProblem.Conflict("nothing-to-decide", "Nothing to decide",
                    "No application of this programme awaits a decision (none is APPLIED).");
        }
        long incomplete = ranking.items().stream().filter(i -> !i.complete()).count();
        if (incomplete > 0) {
            throw new ApiProblem.BusinessRule("reviews-incomplete", "Reviews incomplete", incomplete + " of "
                    + ranking.items().size() + " applications have fewer than the " + ranking.reviewsRequired()
                    + " scored reviews required.");
        }
        List<UUID> ranked = ranking.items().stream().map(Ranking.Item::applicationId).toList();
        Map<UUID, Participation> locked = participations.appliedForUpdate(programmeId, ranked).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        if (locked.size() != ranked.size()) {
            throw new ApiProblem.Conflict("ranking-changed", "Ranking changed",
                    "An application changed while the decision was taken; read the ranking again and decide.");
        }
        long free = Math.max(0, ranking.seats() - participations.countTakingPart(programmeId));
        int nextPosition = participations.lastWaitlistPosition(programmeId) + 1;
        List<UUID> selected = new ArrayList<>();
        List<UUID> waitlisted = new ArrayList<>();
        List<AuditLog.Entry> changes = new ArrayList<>();
        String why = reason.trim();
        for (UUID id : ranked) {
            Participation p = locked.get(id);
            Map<String, Object> before = p.snapshot();
            if (selected.size() < free) {
                p.transitionTo(ParticipationStatus.SELECTED, why);
                selected.add(id);
            } else {
                p.waitlist(nextPosition++, why);
                waitlisted.add(id);
            }
            changes.add(new AuditLog.Entry("status-changed", id, write(before), write(p.snapshot())));
            notices.statusChanged(p, ParticipationStatus.APPLIED, programmeName);
        }
        participations.flush();
        audit.recordedMany(ParticipationService.ENTITY, changes);
        SelectionDecision decision = SelectionDecision.taken(programmeId, user.actor(), why, selected, waitlisted,
                write(ranking.items()));
        decisions.persist(decision);
        decisions.flush();
        audit.recorded(ENTITY, ENTITY, decision.id, null, decision.snapshot());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", decision.id);
        event.put("programmeId", programmeId);
        event.put("selected", selected);
        event.put("waitlisted", waitlisted);
        outbox.publish(EventType.SELECTION_DECIDED, event);
        return SelectionDecisionView.of(decision, ranking.items());
    }

    @Transactional
    Page<SelectionDecisionView> of(UUID programmeId, PageRequest page) {
        programmes.find(programmeId).orElseThrow(() -> new ApiProblem.NotFound("programme"));
        return decisions.of(programmeId, page).map(d -> SelectionDecisionView.of(d, read(d.rankingJson)));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    private List<Ranking.Item> read(String ranking) {
        try {
            return json.readValue(ranking, new TypeReference<List<Ranking.Item>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored ranking", e);
        }
    }
}

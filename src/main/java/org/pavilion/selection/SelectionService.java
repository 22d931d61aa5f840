package org.pavilion.selection;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pavilion.selection.SelectionRequests.NewPanelMember;
import org.pavilion.selection.SelectionRequests.SettingsChange;
import org.pavilion.selection.SelectionViews.PanelMemberView;
import org.pavilion.selection.SelectionViews.SettingsView;
import org.pavilion.shared.audit.AuditLog;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.problem.ConstraintProblems;
import org.pavilion.shared.security.CurrentUser;
import org.pavilion.shared.web.ETags;
import org.pavilion.shared.web.Versioned;

/** A call's selection settings, its reviewer panel and its ranking. */
@ApplicationScoped
class SelectionService {

    static final String SETTINGS = "selection-settings";
    static final String PANEL = "selection-panel";

    @Inject
    SelectionSettingsRepository settings;

    @Inject
    PanelRepository panel;

    @Inject
    ReviewRepository reviews;

    @Inject
    ApplicationsQuery applications;

    @Inject
    RankingQuery rankings;

    @Inject
    SelectionAccess access;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    /** Creates or replaces the settings; once the call has a review its criteria's keys and weights are fixed (409). */
    @Transactional
    Versioned<SettingsView> configure(CallKind kind, UUID callId, SettingsChange change, String ifMatch) {
        requireCall(kind, callId);
        Optional<SelectionSettings> existing = settings.findForUpdate(callId);
        SelectionSettings s;
        if (existing.isEmpty()) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw new ApiProblem.PreconditionFailed("No selection settings exist yet, so none can match If-Match.");
            }
            s = SelectionSettings.of(callId, kind, change.seats(), change.reviewsRequiredOrDefault(), change.newCriteria());
            settings.persist(s);
            settings.flush();
            audit.created(SETTINGS, callId, s.snapshot());
        } else {
            s = existing.get();
            ETags.requireMatch(ifMatch, s.version);
            Map<String, Object> before = s.snapshot();
            s.reconfigure(change.seats(), change.reviewsRequiredOrDefault(), change.newCriteria(), reviews.anyFor(callId));
            settings.flush();
            audit.changed("changed", SETTINGS, callId, before, s.snapshot());
        }
        return new Versioned<>(SettingsView.of(s), s.version);
    }

    /** Officers and admins; a reviewer only of a call whose panel names it (404 otherwise). */
    @Transactional
    Versioned<SettingsView> settingsOf(CallKind kind, UUID callId) {
        requireVisibleCall(kind, callId);
        SelectionSettings s = settings.findByIdOptional(callId)
                .orElseThrow(() -> new ApiProblem.NotFound("selection settings"));
        return new Versioned<>(SettingsView.of(s), s.version);
    }

    @Transactional
    PanelMemberView addReviewer(CallKind kind, UUID callId, NewPanelMember request) {
        requireCall(kind, callId);
        String subject = request.subject().trim();
        if (panel.onPanel(callId, subject)) {
            throw ConstraintProblems.problem("selection_reviewers_one_per_call");
        }
        PanelMember member = PanelMember.of(callId, kind, subject, request.name().trim(), user.subject());
        panel.persist(member);
        panel.flush();
        audit.recorded("reviewer-added", PANEL, callId, null, member.snapshot());
        return PanelMemberView.of(member);
    }

    @Transactional
    Page<PanelMemberView> panelOf(CallKind kind, UUID callId, PageRequest page) {
        requireCall(kind, callId);
        return panel.of(callId, page).map(PanelMemberView::of);
    }

    /** Removes a reviewer from the panel; the reviews it gave stand. */
    @Transactional
    void removeReviewer(CallKind kind, UUID callId, String subject) {
        requireCall(kind, callId);
        PanelMember member = panel.member(callId, subject).orElseThrow(() -> new ApiProblem.NotFound("panel member"));
        panel.delete(member);
        audit.recorded("reviewer-removed", PANEL, callId, member.snapshot(), null);
    }

    @Transactional
    Ranking ranking(CallKind kind, UUID callId) {
        requireCall(kind, callId);
        return settings.findByIdOptional(callId).map(rankings::rank)
                .orElseThrow(() -> new ApiProblem.NotFound("selection settings"));
    }

    private void requireCall(CallKind kind, UUID callId) {
        if (!applications.callExists(kind, callId)) {
            throw new ApiProblem.NotFound(kind.noun);
        }
    }

    private void requireVisibleCall(CallKind kind, UUID callId) {
        requireCall(kind, callId);
        if (!access.canSeeApplicationsOf(callId)) {
            throw new ApiProblem.NotFound(kind.noun);
        }
    }
}

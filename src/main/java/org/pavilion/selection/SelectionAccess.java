package org.pavilion.selection;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pavilion.shared.security.CurrentUser;

/** What other features may know of selection: a call's seats and ranking, and which calls a reviewer sees. */
@ApplicationScoped
public class SelectionAccess {

    @Inject
    SelectionSettingsRepository settings;

    @Inject
    PanelRepository panel;

    @Inject
    RankingQuery rankings;

    @Inject
    CurrentUser user;

    /** The seats of a call that selects by review; empty if it has no selection settings. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OptionalInt seats(UUID callId) {
        return settings.findByIdOptional(callId).map(s -> OptionalInt.of(s.seats)).orElse(OptionalInt.empty());
    }

    /** The ranking of a call that selects by review; empty if it has no selection settings. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Ranking> ranking(UUID callId) {
        return settings.findByIdOptional(callId).map(rankings::rank);
    }

    /** Whether the caller may see the call's applications: anyone but a reviewer off its panel. */
    public boolean canSeeApplicationsOf(UUID callId) {
        return !user.isRestrictedToPanels() || panel.onPanel(callId, user.subject());
    }

    /** The calls whose applications a reviewer sees; empty (every call) for other callers. */
    public Optional<List<UUID>> visibleCalls() {
        return user.isRestrictedToPanels() ? Optional.of(panel.callsOf(user.subject())) : Optional.empty();
    }
}

package org.pavilion.participation;

import java.util.Optional;
import java.util.Set;

import org.pavilion.programme.SupportCategory;
import org.pavilion.shared.domain.BrokenRule;
import org.pavilion.shared.domain.DomainRefusal;
import org.pavilion.shared.domain.StateConflict;
import org.pavilion.shared.money.Money;

/**
 * The rules an allocation must pass, in the contract's order: the participation receives support (409), the
 * programme offers the category (422), and the company's live support stays within the cap in force (422).
 * A pure check of values already read; the budget is then enforced by {@code ProgrammeLedger.reserve}.
 */
record AllocationCheck(ParticipationStatus status, Set<SupportCategory> offeredCategories, Money capInForce, Money companyLive) {

    /** The first refusal of allocating {@code amount} in {@code category}, or empty when it may go ahead. */
    Optional<DomainRefusal> firstRefusal(SupportCategory category, Money amount) {
        if (!status.receivesSupport()) {
            return Optional.of(new StateConflict("participation-not-selected", "Participation not selected",
                    "Support is allocated only to SELECTED, CONFIRMED or ATTENDED participations; this one is " + status + "."));
        }
        if (!offeredCategories.contains(category)) {
            return Optional.of(new BrokenRule("category-not-eligible", "Category not eligible",
                    "The programme does not offer support for " + category + "; it offers "
                            + String.join(", ", offeredCategories.stream().map(Enum::name).sorted().toList()) + "."));
        }
        Money after = companyLive.plus(amount);
        if (after.isGreaterThan(capInForce)) {
            return Optional.of(new BrokenRule("cap-exceeded", "Per-company cap exceeded",
                    "This allocation would bring the company's support in this programme to " + after
                            + ", above the cap in force of " + capInForce + " (" + capInForce.minus(companyLive) + " remains)."));
        }
        return Optional.empty();
    }
}

package org.pavilion.shared.problem;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one translator from the database's unique constraints to problems. A service checks a uniqueness rule
 * first (to answer with details); when two requests race past that check, PostgreSQL's constraint refuses the
 * second, and the problem mapper answers with the same problem through this table.
 */
public final class ConstraintProblems {

    private static final Map<String, Supplier<ApiProblem>> BY_CONSTRAINT = Map.of(
            "companies_brn_unique", () -> new ApiProblem.Conflict("duplicate-brn", "Company already registered",
                    "A company with this business registration number is already registered."),
            "participations_one_active", () -> new ApiProblem.Conflict("already-participating", "Already participating",
                    "The company already has an active participation in this programme."),
            "voucher_applications_one_active", () -> new ApiProblem.Conflict("already-applied", "Already applied",
                    "The company already has an active application (APPLIED or APPROVED) in this voucher programme."),
            "claims_no_double_funding", () -> new ApiProblem.Conflict("invoice-already-claimed", "Invoice already claimed",
                    "This provider's invoice number is already claimed on a voucher; the same invoice is never funded twice."),
            "selection_reviewers_one_per_call", () -> new ApiProblem.Conflict("already-on-panel", "Already on the panel",
                    "This reviewer is already on the programme's panel."),
            "reviews_one_per_reviewer", () -> new ApiProblem.Conflict("already-reviewed", "Already reviewed",
                    "This reviewer has already reviewed this application; a review is never replaced."),
            "outcomes_one_contract_per_evidence", () -> new ApiProblem.Conflict("evidence-already-used", "Evidence already used",
                    "This evidence (kind and reference) already verifies another contract; one piece of evidence backs one contract."));

    private ConstraintProblems() {
    }

    /** The problem of a violated constraint, if it is one a client can cause. */
    public static Optional<ApiProblem> of(String constraintName) {
        return Optional.ofNullable(constraintName).map(BY_CONSTRAINT::get).map(Supplier::get);
    }

    /** The problem of a constraint that a service checks before writing. */
    public static ApiProblem problem(String constraintName) {
        return of(constraintName).orElseThrow(() -> new IllegalArgumentException("No problem for constraint " + constraintName));
    }
}

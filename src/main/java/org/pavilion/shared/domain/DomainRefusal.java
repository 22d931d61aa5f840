package org.pavilion.shared.domain;

/**
 * Why an entity or a rule refuses a change, in the domain's words: a state that does not allow it
 * ({@link StateConflict}, answered 409) or a broken business rule ({@link BrokenRule}, answered 422).
 * Entities and rules throw these and nothing else; they never know about HTTP. The one problem mapper
 * turns them into problem+json with the refusal's stable type.
 */
public abstract sealed class DomainRefusal extends RuntimeException permits StateConflict, BrokenRule {

    private final String type;
    private final String title;

    protected DomainRefusal(String type, String title, String detail) {
        super(detail, null, false, false);
        this.type = type;
        this.title = title;
    }

    /** The stable problem type, such as {@code budget-exceeded}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}

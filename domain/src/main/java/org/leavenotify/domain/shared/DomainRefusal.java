package org.leavenotify.domain.shared;

/**
 * A business rule the system refuses to break. Every refusal has a business name (its class) and a
 * {@link Kind} that tells adapters how to report it; a refusal is never a technical failure.
 */
public abstract class DomainRefusal extends RuntimeException {

    /** How a refusal is reported, independent of any protocol. */
    public enum Kind {
        /** The input itself is wrong (a period that ends before it starts, a missing reason). */
        INVALID_INPUT,
        /** The thing does not exist, or the caller may not know that it exists. */
        NOT_FOUND,
        /** The caller is known but may not do this. */
        NOT_ALLOWED,
        /** The current state of the thing forbids this transition. */
        STATE_CONFLICT,
        /** A business rule is broken (overlap, balance). */
        BUSINESS_RULE
    }

    private final Kind kind;

    protected DomainRefusal(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** A short stable code for clients, derived from the class name, e.g. {@code OverlappingLeave}. */
    public String code() {
        return getClass().getSimpleName();
    }
}

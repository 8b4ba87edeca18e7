package org.leavenotify.domain.shared;

/** A value that cannot exist: a blank id, a missing field, a text that is too long. */
public class InvalidValue extends DomainRefusal {

    public InvalidValue(String message) {
        super(Kind.INVALID_INPUT, message);
    }
}

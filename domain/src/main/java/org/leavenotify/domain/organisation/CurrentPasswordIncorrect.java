package org.leavenotify.domain.organisation;

import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: changing one's password needs the current one, and it was not given right. */
public class CurrentPasswordIncorrect extends DomainRefusal {

    public CurrentPasswordIncorrect() {
        super(Kind.NOT_ALLOWED, "the current password is not correct");
    }
}

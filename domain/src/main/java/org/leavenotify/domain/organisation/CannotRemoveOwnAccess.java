package org.leavenotify.domain.organisation;

import org.leavenotify.domain.shared.DomainRefusal;

/**
 * Refused: an HR administrator cannot deactivate themselves or take away their own HR role, so that
 * the organisation is never left without anyone able to administer it. Another administrator can.
 */
public class CannotRemoveOwnAccess extends DomainRefusal {

    public CannotRemoveOwnAccess() {
        super(Kind.BUSINESS_RULE, "you cannot deactivate yourself or remove your own HR_ADMIN role; "
                + "ask another HR administrator");
    }
}

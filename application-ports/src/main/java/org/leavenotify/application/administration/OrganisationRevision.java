package org.leavenotify.application.administration;

import java.util.Optional;

/**
 * The organisation's revision: how many HR changes were committed, and the last of them while it may not
 * be written to every employee it touches yet ({@code pending}).
 */
public record OrganisationRevision(long number, Optional<OrganisationChange> pending) {

    public static OrganisationRevision initial() {
        return new OrganisationRevision(0, Optional.empty());
    }
}

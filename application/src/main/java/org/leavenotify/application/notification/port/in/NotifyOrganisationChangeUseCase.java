package org.leavenotify.application.notification.port.in;

import org.leavenotify.domain.organisation.OrganisationEvent;

/**
 * Tells the people a change HR made to the organisation concerns (a move: the new and the previous manager):
 * stores their notifications, then pushes them to whoever is online. Running it again for the same event
 * stores nothing twice.
 */
public interface NotifyOrganisationChangeUseCase {

    void notifyAbout(OrganisationEvent event);
}

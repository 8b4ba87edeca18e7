package org.leavenotify.adapter.persistence.organisation;

import java.time.Instant;

/**
 * One organisation event waiting in an employee's outbox. The employee is the document that holds it.
 *
 * @param kind              {@code MANAGER_CHANGED}
 * @param previousManagerId the manager before, or {@code null}
 * @param newManagerId      the manager after, or {@code null}
 */
record OrganisationEventDocument(String eventId, String kind, String previousManagerId, String newManagerId,
                                 String actorId, Instant occurredAt) {
}

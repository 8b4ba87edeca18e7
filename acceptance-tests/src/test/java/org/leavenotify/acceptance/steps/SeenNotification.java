package org.leavenotify.acceptance.steps;

import org.leavenotify.domain.notification.NotificationType;

/** A notification as a person sees it, whatever channel brought it; its kind is the domain's. */
public record SeenNotification(String id, NotificationType type, String recipientId, String actorId,
                               String leaveRequestId, String title, String message, boolean read) {
}

package org.leavenotify.acceptance.steps;

/** A notification as a person sees it, whatever channel brought it. */
public record SeenNotification(String id, String type, String recipientId, String actorId, String leaveRequestId,
                               String title, String message, boolean read) {
}

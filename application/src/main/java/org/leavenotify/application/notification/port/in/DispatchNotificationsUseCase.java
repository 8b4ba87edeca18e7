package org.leavenotify.application.notification.port.in;

import org.leavenotify.domain.leave.LeaveRequestId;

/**
 * Turns the events waiting in leave requests' outboxes into stored notifications, then pushes them to
 * recipients who are online. Safe to run any number of times: each notification is stored once.
 */
public interface DispatchNotificationsUseCase {

    /** Dispatches the outbox of one request (run right after each leave action). */
    void dispatch(LeaveRequestId request);

    /** Dispatches every waiting outbox, up to {@code limit} requests (the recovery sweep); returns how many. */
    int dispatchPending(int limit);
}

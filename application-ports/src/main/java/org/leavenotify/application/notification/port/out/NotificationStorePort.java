package org.leavenotify.application.notification.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationDraft;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.organisation.EmployeeId;

/** Keeps every notification, so that recipients find them later whether or not they were online. */
public interface NotificationStorePort {

    /**
     * Appends the draft to its recipient's feed and returns it as stored, with its id. The id is the
     * draft's {@link org.leavenotify.domain.notification.FeedPosition}, assigned by the store in the same
     * atomic write that makes the notification visible: a notification is never visible before one with a
     * lower place in the same feed, whatever the number of writers, their clocks or their speed, so a
     * reader paging {@code after} an id can never skip one. A draft whose dedup key is stored already is
     * not stored again: the stored one is returned, so retrying never creates a second copy.
     */
    Appended append(NotificationDraft draft);

    /**
     * What {@link #append} did: the notification as stored, and whether this call stored it (false: it
     * was stored before under its dedup key, by a retry or a concurrent dispatch).
     */
    record Appended(Notification notification, boolean isNew) {
    }

    /** The recipient's notification with this id; another recipient's is not found. */
    Optional<Notification> findById(EmployeeId recipient, NotificationId id);

    /**
     * Up to {@code request.limit() + 1} of the recipient's notifications beyond the cursor, newest first
     * (or oldest first after an {@code after} cursor), those in the inbox or the archived ones as asked,
     * only unread ones if asked. The extra one tells the caller there is more.
     */
    List<Notification> findPage(NotificationPageRequest request);

    /**
     * How many of the recipient's notifications are unread and in the inbox (not archived). Kept as data
     * by the writes that change it, never counted on the way, and exact under any mix of concurrent
     * appends, markings and archivings.
     */
    long countUnread(EmployeeId recipient);

    /**
     * Marks the recipient's notification read in one write that matches id and recipient together.
     * Returns false when the recipient has no such notification; marking a read one again is true and
     * keeps the first read time.
     */
    boolean markRead(EmployeeId recipient, NotificationId id, Instant at);

    /**
     * Marks the recipient's notification unread again, in one write that keeps the unread count exact.
     * False when the recipient has no such notification; an unread one stays as it is (true).
     */
    boolean markUnread(EmployeeId recipient, NotificationId id);

    /**
     * Takes the recipient's notification out of the inbox (it no longer counts as unread), in one write.
     * False when the recipient has no such notification; archiving again keeps the first time (true).
     */
    boolean archive(EmployeeId recipient, NotificationId id, Instant at);

    /** Puts an archived notification back in the inbox; false when the recipient has no such notification. */
    boolean unarchive(EmployeeId recipient, NotificationId id);

    /**
     * Marks all the unread notifications of the recipient's inbox read (archived ones keep their state,
     * as the list the person looks at does); returns how many changed.
     */
    long markAllRead(EmployeeId recipient, Instant at);

    /**
     * Removes read notifications created before {@code cutoff}, at most about {@code limit} of them, and
     * returns how many it removed. Unread ones are never removed. A removed notification is no longer
     * found or listed; the places of the others do not change, so cursors stay valid. Its dedup key may be
     * forgotten with it: an event dispatched again after its notification was removed (an outbox left
     * undispatched for longer than the retention age) may notify again.
     */
    long removeReadCreatedBefore(Instant cutoff, int limit);
}

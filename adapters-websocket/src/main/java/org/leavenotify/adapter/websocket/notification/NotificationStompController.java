package org.leavenotify.adapter.websocket.notification;

import java.security.Principal;

import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.application.notification.port.in.ArchiveNotificationUseCase;
import org.leavenotify.application.notification.port.in.ListNotificationsQuery;
import org.leavenotify.application.notification.port.in.MarkAllNotificationsReadUseCase;
import org.leavenotify.application.notification.port.in.MarkNotificationReadUseCase;
import org.leavenotify.application.notification.port.in.MarkNotificationUnreadUseCase;
import org.leavenotify.application.shared.ConcurrentUpdate;
import org.leavenotify.application.shared.StoreUnavailable;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.DomainRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.handler.annotation.support.MethodArgumentNotValidException;
import org.springframework.messaging.handler.annotation.support.MethodArgumentTypeMismatchException;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.stereotype.Controller;

/**
 * The notification commands a STOMP client sends to {@code /app/...}. The caller is always the session's
 * authenticated user, never someone named in the body. A reply goes to the session that asked only; a
 * failure is answered on {@code /user/queue/errors} with {@code {destination, status, detail}}.
 */
@Controller
class NotificationStompController {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationStompController.class);

    private final ListNotificationsQuery listNotifications;
    private final MarkNotificationReadUseCase markRead;
    private final MarkAllNotificationsReadUseCase markAllRead;
    private final MarkNotificationUnreadUseCase markUnread;
    private final ArchiveNotificationUseCase archive;

    NotificationStompController(ListNotificationsQuery listNotifications, MarkNotificationReadUseCase markRead,
                                MarkAllNotificationsReadUseCase markAllRead, MarkNotificationUnreadUseCase markUnread,
                                ArchiveNotificationUseCase archive) {
        this.listNotifications = listNotifications;
        this.markRead = markRead;
        this.markAllRead = markAllRead;
        this.markUnread = markUnread;
        this.archive = archive;
    }

    /** A page of the caller's notifications, as on REST; with no body, the newest 20. */
    @MessageMapping("/notifications")
    @SendToUser(destinations = "/queue/notifications/list", broadcast = false)
    NotificationListResponse list(@Payload(required = false) ListNotificationsRequest request, Principal caller) {
        ListNotificationsRequest asked = request == null
                ? new ListNotificationsRequest(null, null, null, null, null) : request;
        return NotificationListResponse.from(listNotifications.list(NotificationPageRequest.of(employee(caller),
                asked.before(), asked.after(), asked.limit(), asked.unreadOnly(), asked.archived())));
    }

    /** Marks one of the caller's notifications read; the new unread count is pushed to all their sessions. */
    @MessageMapping("/notifications/mark-read")
    void markRead(@Payload OneNotificationRequest request, Principal caller) {
        markRead.markRead(employee(caller), new NotificationId(request.id()));
    }

    /** Marks one of the caller's notifications unread again; the change is pushed to all their sessions. */
    @MessageMapping("/notifications/mark-unread")
    void markUnread(@Payload OneNotificationRequest request, Principal caller) {
        markUnread.markUnread(employee(caller), new NotificationId(request.id()));
    }

    /** Takes one of the caller's notifications out of the inbox; the change is pushed to all their sessions. */
    @MessageMapping("/notifications/archive")
    void archive(@Payload OneNotificationRequest request, Principal caller) {
        archive.archive(employee(caller), new NotificationId(request.id()));
    }

    /** Puts an archived notification back in the inbox; the change is pushed to all their sessions. */
    @MessageMapping("/notifications/unarchive")
    void unarchive(@Payload OneNotificationRequest request, Principal caller) {
        archive.unarchive(employee(caller), new NotificationId(request.id()));
    }

    /** Marks all the caller's notifications read; the new unread count is pushed to all their sessions. */
    @MessageMapping("/notifications/mark-all-read")
    void markAllRead(Principal caller) {
        markAllRead.markAllRead(employee(caller));
    }

    @MessageExceptionHandler
    @SendToUser(destinations = "/queue/errors", broadcast = false)
    ErrorReply refused(Exception ex, Message<?> message) {
        String destination = SimpMessageHeaderAccessor.getDestination(message.getHeaders());
        if (ex instanceof DomainRefusal refusal) {
            return new ErrorReply(destination, status(refusal.kind()), refusal.getMessage());
        }
        if (ex instanceof MessageConversionException || ex instanceof MethodArgumentNotValidException
                || ex instanceof MethodArgumentTypeMismatchException) {
            return new ErrorReply(destination, 400, "the message body is not valid JSON of the expected shape");
        }
        if (ex instanceof ConcurrentUpdate) {
            return new ErrorReply(destination, 409, "changed by someone else at the same time; try again");
        }
        if (ex instanceof StoreUnavailable) {
            LOG.warn("Store unavailable while handling {}", destination, ex);
            return new ErrorReply(destination, 503, "the service is unavailable; try again later");
        }
        LOG.error("Unexpected failure handling {}", destination, ex);
        return new ErrorReply(destination, 500, "the server could not process this message");
    }

    private static int status(DomainRefusal.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> 400;
            case NOT_FOUND -> 404;
            case NOT_ALLOWED -> 403;
            case STATE_CONFLICT -> 409;
            case BUSINESS_RULE -> 422;
        };
    }

    private static EmployeeId employee(Principal caller) {
        return new EmployeeId(caller.getName());
    }
}

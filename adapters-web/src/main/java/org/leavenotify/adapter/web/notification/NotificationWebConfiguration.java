package org.leavenotify.adapter.web.notification;

import org.leavenotify.application.notification.port.in.ArchiveNotificationUseCase;
import org.leavenotify.application.notification.port.in.ChangeNotificationPreferencesUseCase;
import org.leavenotify.application.notification.port.in.ListNotificationsQuery;
import org.leavenotify.application.notification.port.in.MarkAllNotificationsReadUseCase;
import org.leavenotify.application.notification.port.in.MarkNotificationReadUseCase;
import org.leavenotify.application.notification.port.in.MarkNotificationUnreadUseCase;
import org.leavenotify.application.notification.port.in.NotificationPreferencesQuery;
import org.leavenotify.application.notification.port.in.UnreadCountQuery;
import org.leavenotify.application.notification.port.in.UnsubscribeUseCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notification endpoints. */
@Configuration(proxyBeanMethods = false)
public class NotificationWebConfiguration {

    @Bean
    NotificationController notificationController(ListNotificationsQuery list, UnreadCountQuery unread,
                                                  MarkNotificationReadUseCase markRead,
                                                  MarkAllNotificationsReadUseCase markAllRead,
                                                  MarkNotificationUnreadUseCase markUnread,
                                                  ArchiveNotificationUseCase archive) {
        return new NotificationController(list, unread, markRead, markAllRead, markUnread, archive);
    }

    @Bean
    NotificationPreferencesController notificationPreferencesController(NotificationPreferencesQuery query,
                                                                        ChangeNotificationPreferencesUseCase change) {
        return new NotificationPreferencesController(query, change);
    }

    @Bean
    UnsubscribeController unsubscribeController(UnsubscribeUseCase unsubscribing) {
        return new UnsubscribeController(unsubscribing);
    }
}

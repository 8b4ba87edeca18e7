package org.leavenotify.adapter.memory;

import org.leavenotify.application.contract.NotificationPreferencesContract;
import org.leavenotify.application.notification.port.out.NotificationPreferencesPort;

class InMemoryNotificationPreferencesTest extends NotificationPreferencesContract {

    @Override
    protected NotificationPreferencesPort emptyPreferences() {
        return new InMemoryNotificationPreferences();
    }
}

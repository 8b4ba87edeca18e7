package org.leavenotify.adapter.memory;

import org.leavenotify.application.contract.NotificationStoreContract;
import org.leavenotify.application.notification.port.out.NotificationStorePort;

class InMemoryNotificationStoreTest extends NotificationStoreContract {

    @Override
    protected NotificationStorePort emptyStore() {
        return new InMemoryNotificationStore();
    }
}

package org.leavenotify.adapter.memory;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.leavenotify.application.notification.Unsubscription;
import org.leavenotify.application.notification.port.out.UnsubscribeTokensPort;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.EmployeeId;

/** Unsubscribe tokens as random strings remembered in memory: a test double of the signed ones. */
public final class InMemoryUnsubscribeTokens implements UnsubscribeTokensPort {

    private final Map<String, Unsubscription> issued = new ConcurrentHashMap<>();

    @Override
    public String issue(EmployeeId employee, NotificationType type) {
        String token = UUID.randomUUID().toString();
        issued.put(token, new Unsubscription(employee, type));
        return token;
    }

    @Override
    public Optional<Unsubscription> verify(String token) {
        return Optional.ofNullable(token).map(issued::get);
    }
}

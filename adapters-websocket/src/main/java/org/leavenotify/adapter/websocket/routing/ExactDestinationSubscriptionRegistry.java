package org.leavenotify.adapter.websocket.routing;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.messaging.Message;
import org.springframework.messaging.simp.broker.AbstractSubscriptionRegistry;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The in-process broker's subscriptions, indexed by exact destination.
 *
 * <p>Spring's {@code DefaultSubscriptionRegistry} matches destinations as patterns and caches the result
 * per destination. Here every session has destinations of its own ({@code /queue/notifications-user<session>}),
 * so each session's first message misses that cache and scans every subscription of every session (40,000 at
 * 10,000 sessions), and each disconnect walks the whole cache. With thousands of sessions connecting at
 * once (a deploy, a network blip) that was seconds of CPU (docs/performance.md). Clients can only
 * subscribe to their own four user destinations ({@link StompSecurityConfiguration}), which Spring turns
 * into those exact per-session destinations, so nothing needs pattern matching: a message finds its
 * subscribers with one map look-up, a subscription and a disconnect cost what the session holds.
 *
 * <p>Not supported, because no client can use them here: pattern destinations ({@code /topic/a.*}) match
 * only themselves, literally, and a {@code selector} header is ignored (a subscription receives every
 * message for its destination).
 */
public final class ExactDestinationSubscriptionRegistry extends AbstractSubscriptionRegistry {

    /** destination -> session id -> subscription ids. */
    private final Map<String, Map<String, Set<String>>> byDestination = new ConcurrentHashMap<>();
    /** session id -> subscription id -> destination, to unsubscribe and to forget a session. */
    private final Map<String, Map<String, String>> bySession = new ConcurrentHashMap<>();

    @Override
    protected void addSubscriptionInternal(String sessionId, String subscriptionId, String destination,
                                           Message<?> message) {
        bySession.computeIfAbsent(sessionId, id -> new ConcurrentHashMap<>()).put(subscriptionId, destination);
        byDestination.compute(destination, (key, sessions) -> {
            Map<String, Set<String>> current = sessions != null ? sessions : new ConcurrentHashMap<>();
            current.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(subscriptionId);
            return current;
        });
    }

    @Override
    protected void removeSubscriptionInternal(String sessionId, String subscriptionId, Message<?> message) {
        Map<String, String> subscriptions = bySession.get(sessionId);
        String destination = subscriptions == null ? null : subscriptions.remove(subscriptionId);
        if (destination != null) {
            forget(destination, sessionId, subscriptionId);
        }
    }

    @Override
    public void unregisterAllSubscriptions(String sessionId) {
        Map<String, String> subscriptions = bySession.remove(sessionId);
        if (subscriptions != null) {
            subscriptions.forEach((subscriptionId, destination) -> forget(destination, sessionId, subscriptionId));
        }
    }

    @Override
    protected MultiValueMap<String, String> findSubscriptionsInternal(String destination, Message<?> message) {
        Map<String, Set<String>> sessions = byDestination.get(destination);
        MultiValueMap<String, String> found = new LinkedMultiValueMap<>(sessions == null ? 0 : sessions.size());
        if (sessions != null) {
            sessions.forEach((sessionId, subscriptionIds) -> subscriptionIds.forEach(id -> found.add(sessionId, id)));
        }
        return found;
    }

    /** Destinations that have at least one subscriber (what the registry holds, for tests). */
    public int destinations() {
        return byDestination.size();
    }

    private void forget(String destination, String sessionId, String subscriptionId) {
        byDestination.computeIfPresent(destination, (key, sessions) -> {
            sessions.computeIfPresent(sessionId, (id, subscriptionIds) -> {
                subscriptionIds.remove(subscriptionId);
                return subscriptionIds.isEmpty() ? null : subscriptionIds;
            });
            return sessions.isEmpty() ? null : sessions;
        });
    }
}

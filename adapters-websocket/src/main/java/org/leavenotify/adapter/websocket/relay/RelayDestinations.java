package org.leavenotify.adapter.websocket.relay;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the client destinations live on RabbitMQ in relay mode. Clients keep subscribing to
 * {@code /user/queue/...}; on RabbitMQ each subscription becomes a binding of the session's own
 * exclusive, auto-deleted queue to the {@code amq.direct} exchange:
 * <ul>
 *   <li>{@code /user/queue/notifications}, {@code .../unread-count} and {@code .../changes}, which any node
 *       may push to, are keyed by user ({@code leavenotify.user.<user>.notifications}): one message from any
 *       node reaches every session of the user on every node, with no look-up of where they are;</li>
 *   <li>any other {@code /user/queue/<path>} (the replies to one session) is keyed by session
 *       ({@code leavenotify.session.<session>.<path>}).</li>
 * </ul>
 * RabbitMQ deletes these queues when the session's subscription or connection ends, so nothing piles up,
 * and a message for a user with no session is simply dropped (it is stored, and caught up on later).
 * Spring's own translation ({@code /queue/notifications/list-user<session>}) would not do: RabbitMQ
 * refuses a queue name with a {@code /}, and its named queues outlive the session.
 */
public final class RelayDestinations {

    public static final String EXCHANGE = "/exchange/amq.direct/";
    public static final String NOTIFICATIONS = "/user/queue/notifications";
    public static final String UNREAD_COUNT = "/user/queue/notifications/unread-count";
    public static final String CHANGES = "/user/queue/notifications/changes";

    private static final String USER_QUEUE_PREFIX = "/user/queue/";
    private static final Set<String> PER_USER = Set.of(NOTIFICATIONS, UNREAD_COUNT, CHANGES);
    /** What Spring's user-destination handler makes of a session's {@code /user/queue/<path>}. */
    private static final Pattern SESSION_QUEUE = Pattern.compile("^/queue/(.+)-user(.+)$");
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private RelayDestinations() {
    }

    /**
     * The RabbitMQ destination a client's SUBSCRIBE to {@code destination} is relayed to, or null if it is
     * not a {@code /user/queue/...} destination.
     */
    public static String forSubscription(String destination, String user, String sessionId) {
        if (destination == null || !destination.startsWith(USER_QUEUE_PREFIX)) {
            return null;
        }
        if (PER_USER.contains(destination)) {
            return forUser(destination, user);
        }
        return forSession(destination.substring(USER_QUEUE_PREFIX.length()), sessionId);
    }

    /** Where a push to every session of {@code user} on {@code destination} (one of the per-user ones) goes. */
    public static String forUser(String destination, String user) {
        if (!PER_USER.contains(destination)) {
            throw new IllegalArgumentException("not a per-user destination: " + destination);
        }
        return EXCHANGE + "leavenotify.user." + key(user) + "." + path(destination.substring(USER_QUEUE_PREFIX.length()));
    }

    /**
     * Where a reply that Spring's user-destination handler addressed to one session
     * ({@code /queue/<path>-user<session>}) goes, or null if {@code destination} is not such a reply.
     */
    public static String forSessionReply(String destination) {
        if (destination == null) {
            return null;
        }
        Matcher matcher = SESSION_QUEUE.matcher(destination);
        return matcher.matches() ? forSession(matcher.group(1), matcher.group(2)) : null;
    }

    private static String forSession(String queuePath, String sessionId) {
        return EXCHANGE + "leavenotify.session." + key(sessionId) + "." + path(queuePath);
    }

    /** A routing-key word: as it is when it is plainly safe, else its UTF-8 bytes in hex (never clashing). */
    static String key(String value) {
        if (SAFE.matcher(value).matches()) {
            return value;
        }
        return "x." + HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String path(String queuePath) {
        return queuePath.replace('/', '.');
    }
}

package org.leavenotify.adapter.websocket.relay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelayDestinationsTest {

    @Test
    void theNotificationsAndUnreadCountOfAUserShareOneRabbitMqDestinationOnEveryNode() {
        assertThat(RelayDestinations.forSubscription("/user/queue/notifications", "alice", "s1"))
                .isEqualTo("/exchange/amq.direct/leavenotify.user.alice.notifications")
                .isEqualTo(RelayDestinations.forSubscription("/user/queue/notifications", "alice", "s2"))
                .isEqualTo(RelayDestinations.forUser(RelayDestinations.NOTIFICATIONS, "alice"));
        assertThat(RelayDestinations.forSubscription("/user/queue/notifications/unread-count", "alice", "s1"))
                .isEqualTo("/exchange/amq.direct/leavenotify.user.alice.notifications.unread-count")
                .isEqualTo(RelayDestinations.forUser(RelayDestinations.UNREAD_COUNT, "alice"));
    }

    @Test
    void repliesToOneSessionGoWhereThatSessionSubscribed() {
        String subscribed = RelayDestinations.forSubscription("/user/queue/notifications/list", "alice", "3f1a-9c");

        assertThat(subscribed).isEqualTo("/exchange/amq.direct/leavenotify.session.3f1a-9c.notifications.list");
        assertThat(RelayDestinations.forSessionReply("/queue/notifications/list-user3f1a-9c")).isEqualTo(subscribed);
        assertThat(RelayDestinations.forSessionReply("/queue/errors-user3f1a-9c"))
                .isEqualTo(RelayDestinations.forSubscription("/user/queue/errors", "alice", "3f1a-9c"));
    }

    @Test
    void aUserIdThatIsNotPlainlySafeInARoutingKeyIsWrittenInHexAndClashesWithNoOther() {
        assertThat(RelayDestinations.forUser(RelayDestinations.NOTIFICATIONS, "a.b/c"))
                .isEqualTo("/exchange/amq.direct/leavenotify.user.x.612e622f63.notifications");
        assertThat(RelayDestinations.forUser(RelayDestinations.NOTIFICATIONS, "x"))
                .isEqualTo("/exchange/amq.direct/leavenotify.user.x.notifications");
    }

    @Test
    void otherDestinationsAreLeftAsTheyAre() {
        assertThat(RelayDestinations.forSubscription("/topic/anything", "alice", "s1")).isNull();
        assertThat(RelayDestinations.forSessionReply("/topic/leavenotify.user-registry")).isNull();
        assertThat(RelayDestinations.forSessionReply("/exchange/amq.direct/leavenotify.user.alice.notifications")).isNull();
    }
}

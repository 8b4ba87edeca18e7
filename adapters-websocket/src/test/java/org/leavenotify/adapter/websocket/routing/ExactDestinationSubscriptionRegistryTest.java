package org.leavenotify.adapter.websocket.routing;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class ExactDestinationSubscriptionRegistryTest {

    private static final String ALICES_QUEUE = "/queue/notifications-usera1";
    private static final String BOBS_QUEUE = "/queue/notifications-userb1";

    private final ExactDestinationSubscriptionRegistry registry = new ExactDestinationSubscriptionRegistry();

    @Test
    void aMessageFindsTheSubscriptionsOfItsDestinationOnly() {
        registry.registerSubscription(subscribe("a1", "s0", ALICES_QUEUE));
        registry.registerSubscription(subscribe("b1", "s0", BOBS_QUEUE));

        assertThat(registry.findSubscriptions(message(ALICES_QUEUE))).isEqualTo(Map.of("a1", List.of("s0")));
        assertThat(registry.findSubscriptions(message("/queue/nobody"))).isEmpty();
    }

    @Test
    void everySessionAndSubscriptionOnADestinationIsFound() {
        registry.registerSubscription(subscribe("a1", "s0", "/topic/shared"));
        registry.registerSubscription(subscribe("a1", "s1", "/topic/shared"));
        registry.registerSubscription(subscribe("b1", "x", "/topic/shared"));

        Map<String, List<String>> found = registry.findSubscriptions(message("/topic/shared"));

        assertThat(found).containsOnlyKeys("a1", "b1");
        assertThat(found.get("a1")).containsExactlyInAnyOrder("s0", "s1");
        assertThat(found.get("b1")).containsExactly("x");
    }

    @Test
    void anUnsubscribedSubscriptionIsNotFoundAndItsDestinationForgotten() {
        registry.registerSubscription(subscribe("a1", "s0", ALICES_QUEUE));
        registry.registerSubscription(subscribe("a1", "s1", "/queue/unread-usera1"));

        registry.unregisterSubscription(unsubscribe("a1", "s0"));

        assertThat(registry.findSubscriptions(message(ALICES_QUEUE))).isEmpty();
        assertThat(registry.findSubscriptions(message("/queue/unread-usera1"))).containsOnlyKeys("a1");
        assertThat(registry.destinations()).isEqualTo(1);
    }

    @Test
    void aSessionThatEndsLeavesNothingBehindAndOthersKeepTheirs() {
        registry.registerSubscription(subscribe("a1", "s0", ALICES_QUEUE));
        registry.registerSubscription(subscribe("a1", "s1", "/topic/shared"));
        registry.registerSubscription(subscribe("b1", "s0", "/topic/shared"));

        registry.unregisterAllSubscriptions("a1");

        assertThat(registry.findSubscriptions(message(ALICES_QUEUE))).isEmpty();
        assertThat(registry.findSubscriptions(message("/topic/shared"))).isEqualTo(Map.of("b1", List.of("s0")));
        assertThat(registry.destinations()).isEqualTo(1);
    }

    @Test
    void unsubscribingWhatWasNeverSubscribedChangesNothing() {
        registry.registerSubscription(subscribe("a1", "s0", ALICES_QUEUE));

        registry.unregisterSubscription(unsubscribe("a1", "other"));
        registry.unregisterSubscription(unsubscribe("z9", "s0"));
        registry.unregisterAllSubscriptions("z9");

        assertThat(registry.findSubscriptions(message(ALICES_QUEUE))).isEqualTo(Map.of("a1", List.of("s0")));
    }

    @Test
    void aPatternIsTakenLiterally() {
        registry.registerSubscription(subscribe("a1", "s0", "/topic/**"));

        assertThat(registry.findSubscriptions(message("/topic/anything"))).isEmpty();
        assertThat(registry.findSubscriptions(message("/topic/**"))).containsOnlyKeys("a1");
    }

    private static Message<byte[]> subscribe(String sessionId, String subscriptionId, String destination) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.SUBSCRIBE);
        headers.setSessionId(sessionId);
        headers.setSubscriptionId(subscriptionId);
        headers.setDestination(destination);
        return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
    }

    private static Message<byte[]> unsubscribe(String sessionId, String subscriptionId) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.UNSUBSCRIBE);
        headers.setSessionId(sessionId);
        headers.setSubscriptionId(subscriptionId);
        return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
    }

    private static Message<byte[]> message(String destination) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setDestination(destination);
        return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
    }
}

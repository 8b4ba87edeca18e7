package org.leavenotify.adapter.websocket.routing;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** The broker-channel filter that keeps one session's replies in that session. */
class RepliesStayInTheirSessionTest {

    private final RepliesStayInTheirSession filter = new RepliesStayInTheirSession();

    @Test
    void aReplyToASessionGoesToThatSessionsQueue() {
        Message<?> reply = message("s1", "/queue/notifications/list-users1");

        assertThat(filter.preSend(reply, null)).isSameAs(reply);
    }

    @Test
    void aReplyToASessionThatHasGoneIsNotDeliveredToTheUsersOtherSessions() {
        assertThat(filter.preSend(message("s1", "/queue/notifications/list-users2"), null)).isNull();
        assertThat(filter.preSend(message("s1", "/queue/errors-users22"), null)).isNull();
    }

    @Test
    void messagesForEverySessionOfAUserAndOtherDestinationsPassUntouched() {
        Message<?> toEverySession = message(null, "/queue/notifications-users2");
        Message<?> topic = message("s1", "/topic/anything");

        assertThat(filter.preSend(toEverySession, null)).isSameAs(toEverySession);
        assertThat(filter.preSend(topic, null)).isSameAs(topic);
    }

    private static Message<?> message(String sessionId, String destination) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setSessionId(sessionId);
        headers.setDestination(destination);
        return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
    }
}

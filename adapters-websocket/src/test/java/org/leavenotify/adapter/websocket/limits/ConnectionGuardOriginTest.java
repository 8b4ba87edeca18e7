package org.leavenotify.adapter.websocket.limits;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which Origin values the connection guard leaves to Spring's origin check, and which it refuses itself. */
class ConnectionGuardOriginTest {

    @Test
    void serialisedOriginsAreWellFormed() {
        for (String origin : List.of("null", "http://localhost:8080", "https://leave.example.com",
                "http://[::1]:8080", "https://xn--bcher-kva.example", "chrome-extension://abcdef")) {
            assertThat(ConnectionGuard.isWellFormedOrigin(origin)).as(origin).isTrue();
        }
    }

    @Test
    void anythingElseIsNot() {
        for (String origin : List.of("http://[::1", "http://exa mple.com", "http://example.com/path",
                "http://example.com/", "://x", "http://user@example.com", "http://example.com:99999", "%%%",
                "http://example.com?x", "http://example.com#x", "example.com", "", "http://" + "x".repeat(600))) {
            assertThat(ConnectionGuard.isWellFormedOrigin(origin)).as(origin).isFalse();
        }
    }
}

package org.leavenotify.adapter.websocket;

import java.time.Duration;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.leavenotify.adapter.websocket.testapp.FakeAccessTokens;
import org.leavenotify.adapter.websocket.testapp.StompTestApplication;
import org.leavenotify.application.auth.AuthenticationFailed.Reason;
import org.springframework.web.socket.WebSocketHttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavenotify.application.demo.DemoOrganisation.ALICE;
import static org.leavenotify.application.demo.DemoOrganisation.BOB;

/** Who may open a STOMP session, and for how long. */
class StompAuthenticationTest extends StompIntegrationTest {

    @Test
    void aValidTokenConnectsAndTheSessionCountsAsPresence() {
        var session = stomp.connect(tokenFor(ALICE));

        session.subscribe("/user/queue/notifications");

        assertThat(presence.sessionCount(ALICE)).isEqualTo(1);
    }

    @Test
    void aConnectWithoutATokenIsRefusedAndClosed() {
        var session = stomp.open(null);

        assertThat(session.awaitError()).isEqualTo("MISSING_TOKEN: no bearer token");
        session.awaitClosed();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Reason.class, names = {"MALFORMED_TOKEN", "UNSIGNED_TOKEN", "BAD_SIGNATURE", "EXPIRED_TOKEN",
            "NOT_YET_VALID_TOKEN", "WRONG_ISSUER", "WRONG_AUDIENCE"})
    void aBadTokenIsRefusedWithAnErrorNamingItsProblemAndTheConnectionCloses(Reason reason) {
        var session = stomp.open(FakeAccessTokens.refusedWith(reason));

        assertThat(session.awaitError()).isEqualTo(reason.name() + ": " + reason.description());
        session.awaitClosed();
        assertThat(session.connected()).isCompletedExceptionally();
    }

    @Test
    void everyTokenProblemHasAMessageOfItsOwn() {
        var tokenProblems = EnumSet.complementOf(EnumSet.of(Reason.BAD_CREDENTIALS, Reason.LOCKED));

        assertThat(tokenProblems.stream().map(Reason::description).distinct()).hasSameSizeAs(tokenProblems);
    }

    @Test
    void theTokenOfAnEmployeeWhoIsNoLongerActiveIsRefused() {
        var session = stomp.open(tokenFor(StompTestApplication.IVAN));

        assertThat(session.awaitError()).isEqualTo("INACTIVE_USER: the account is not active");
        session.awaitClosed();
    }

    @Test
    void aSessionWhoseTokenExpiresIsClosedWithAnErrorSayingSo() {
        var session = stomp.open(tokenFor(BOB, Duration.ofSeconds(2)));

        assertThat(session.awaitError()).isEqualTo("EXPIRED_TOKEN: the token has expired");
        session.awaitClosed();
        awaitOffline(BOB);
    }

    @Test
    void aBrowserPageFromAnotherOriginCannotOpenTheEndpoint() {
        var headers = new WebSocketHttpHeaders();
        headers.setOrigin("https://evil.example");

        var session = stomp.open(tokenFor(ALICE), headers);

        session.awaitClosed();
        assertThat(session.connected()).isCompletedExceptionally();
    }

    @Test
    void aBrowserPageFromTheSameOriginOpensTheEndpoint() {
        var headers = new WebSocketHttpHeaders();
        headers.setOrigin("http://localhost:" + port);

        var session = stomp.open(tokenFor(ALICE), headers);

        session.awaitConnected();
    }
}

package org.leavenotify.bootstrap.reliability;

import java.net.http.HttpClient;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.leavenotify.testsupport.StompFrameClient;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The log of a whole session of use, good and bad, says who did what from where, and never shows a
 * token, a password or a message body: log-ins right and wrong, REST calls with a good and a forged
 * token, STOMP CONNECTs with forged and malformed tokens, a connected session that sends a body and is
 * then refused a destination. The application's own loggers run at DEBUG meanwhile.
 */
@SpringBootTest(classes = LeaveNotifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leavenotify.store=mongodb",
                "leavenotify.embedded-store.data-dir=target/web-test-data/${random.uuid}"})
@ExtendWith(OutputCaptureExtension.class)
class LogsDoNotLeakTest {

    private static final String WRONG_PASSWORD = "Password-Canary-7f3a91";
    private static final String MALFORMED_TOKEN = "Malformed-Token-Canary-55d2";
    private static final String BODY_CANARY = "Body-Canary-0c8e27";

    @LocalServerPort
    int port;

    private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
    private Api api;

    @BeforeEach
    void logEverythingOfOurs() {
        logging.setLogLevel("org.leavenotify", LogLevel.DEBUG);
        api = new Api(HttpClient.newHttpClient(), port);
    }

    @AfterEach
    void restoreTheLogLevel() {
        logging.setLogLevel("org.leavenotify", null);
    }

    @Test
    void aSessionOfUseGoodAndBadIsLoggedWithWhoAndWhereButNoTokenPasswordOrBody(CapturedOutput output) {
        String alice = api.logIn("alice");
        String bob = api.logIn("bob");
        String forged = alice.substring(0, alice.length() - 3) + (alice.endsWith("AAA") ? "BBB" : "AAA");
        assertThat(api.logIn("alice", WRONG_PASSWORD).status()).isEqualTo(401);
        assertThat(api.logIn("nobody-at-all", WRONG_PASSWORD).status()).isEqualTo(401);
        assertThat(api.get("/api/notifications", forged).status()).isEqualTo(401);
        assertThat(api.get("/api/notifications", MALFORMED_TOKEN).status()).isEqualTo(401);
        assertThat(api.get("/api/notifications", alice).status()).isEqualTo(200);

        for (String refused : new String[] {forged, MALFORMED_TOKEN}) {
            try (StompFrameClient client = StompFrameClient.connecting(api.http(), port, refused)) {
                assertThat(client.nextCommand("ERROR").header("message")).isNotBlank();
                client.awaitClosed();
            }
        }
        try (StompFrameClient bobsSession = StompFrameClient.connect(api.http(), port, bob);
             StompFrameClient alicesSession = StompFrameClient.connect(api.http(), port, alice)) {
            alicesSession.subscribe("errors", "/user/queue/errors");
            alicesSession.sendJson("/app/notifications/mark-read", "{\"id\": \"" + BODY_CANARY + "\"}");
            assertThat(alicesSession.nextCommand("MESSAGE").body()).contains("\"status\":400");
            alicesSession.send("SUBSCRIBE\nid:x\ndestination:/topic/canary\n\n\0");
            assertThat(alicesSession.nextCommand("ERROR").header("message")).startsWith("ACCESS_DENIED");
            alicesSession.awaitClosed();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(output.getAll())
                .contains("STOMP session closed: user=alice").contains("STOMP session closed: user=bob"));
        String log = output.getAll();
        assertThat(log).as("the log helps").contains(
                "Login failed: reason=BAD_CREDENTIALS username=alice remote=127.0.0.1",
                "Login failed: reason=BAD_CREDENTIALS username=nobody-at-all remote=127.0.0.1",
                "Bearer token refused: reason=BAD_SIGNATURE request=GET /api/notifications remote=127.0.0.1",
                "Bearer token refused: reason=MALFORMED_TOKEN",
                "STOMP authentication failed: reason=BAD_SIGNATURE",
                "STOMP authentication failed: reason=MALFORMED_TOKEN",
                "STOMP session connected: user=alice",
                "STOMP frame refused: command=SUBSCRIBE destination=/topic/canary user=alice");
        assertThat(log).containsPattern("STOMP session connected: user=bob session=\\S+ remote=127\\.0\\.0\\.1");
        assertThat(log).as("no token, password or body").doesNotContain(alice, bob, forged, signature(alice),
                signature(bob), signature(forged), payload(alice), MALFORMED_TOKEN, WRONG_PASSWORD, BODY_CANARY,
                "\"password\"");
    }

    private static String signature(String jwt) {
        return jwt.substring(jwt.lastIndexOf('.') + 1);
    }

    private static String payload(String jwt) {
        return jwt.substring(jwt.indexOf('.') + 1, jwt.lastIndexOf('.'));
    }
}

package org.leavenotify.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavenotify.application.demo.DemoOrganisation.ALICE;
import static org.leavenotify.application.demo.DemoOrganisation.BOB;

import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.memory.InMemorySessionGenerations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A STOMP session whose person's sessions were ended elsewhere (another node, through the store) is closed
 * at the next revalidation, every half second here; the sessions of others stay open.
 */
@TestPropertySource(properties = "leavenotify.websocket.revalidate-interval=500ms")
class SessionRevalidationTest extends StompIntegrationTest {

    @Autowired
    InMemorySessionGenerations generations;

    @Test
    void aSessionOpenedBeforeItsPersonsSessionsWereEndedIsClosedSayingWhy() {
        var alice = connectAs(ALICE);
        var bob = connectAs(BOB);

        generations.endSessions(ALICE);

        assertThat(alice.awaitError()).startsWith("REVOKED_TOKEN: the token was revoked");
        alice.awaitClosed();
        bob.assertOpen();
    }

    @Test
    void aTokenOfTheNewGenerationOpensASessionThatStaysOpen() {
        generations.endSessions(BOB);
        var bob = stomp.connect(tokens.issue(BOB, java.util.Set.of(org.leavenotify.domain.organisation.Role.EMPLOYEE),
                java.time.Duration.ofHours(1), generations.current(BOB)).value());

        // open through at least two revalidations
        org.awaitility.Awaitility.await().during(java.time.Duration.ofMillis(1_200))
                .atMost(java.time.Duration.ofSeconds(5)).untilAsserted(bob::assertOpen);
    }
}

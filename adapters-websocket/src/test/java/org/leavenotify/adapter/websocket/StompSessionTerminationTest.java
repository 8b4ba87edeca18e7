package org.leavenotify.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavenotify.application.demo.DemoOrganisation.ALICE;
import static org.leavenotify.application.demo.DemoOrganisation.BOB;
import static org.leavenotify.application.demo.DemoOrganisation.CAROL;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.administration.port.out.SessionTerminationPort;
import org.leavenotify.adapter.memory.InMemoryEmployeeDirectory;
import org.leavenotify.domain.organisation.Employee;
import org.springframework.beans.factory.annotation.Autowired;

/** A person HR deactivates loses their open STOMP sessions at once, each told why; nobody else does. */
class StompSessionTerminationTest extends StompIntegrationTest {

    private static final String REASON = "INACTIVE_USER: the account is not active";

    @Autowired
    SessionTerminationPort sessionTermination;

    @Autowired
    InMemoryEmployeeDirectory directory;

    @Test
    void everySessionOfTheDeactivatedPersonGetsAnErrorSayingWhyAndCloses() {
        var laptop = connectAs(CAROL);
        laptop.subscribe("/user/queue/notifications");
        var phone = connectAs(CAROL);
        phone.subscribe("/user/queue/notifications");
        var bobs = connectAs(BOB);
        bobs.subscribe("/user/queue/notifications");

        int closed = sessionTermination.closeAllSessionsOf(CAROL, REASON);

        assertThat(closed).isEqualTo(2);
        assertThat(laptop.awaitError()).isEqualTo(REASON);
        assertThat(phone.awaitError()).isEqualTo(REASON);
        laptop.awaitClosed();
        phone.awaitClosed();
        awaitOffline(CAROL);
        bobs.subscribe("/user/queue/notifications/unread-count");
        bobs.assertOpen();
        assertThat(presence.sessionCount(BOB)).isEqualTo(1);
    }

    @Test
    void theTokenOfSomeoneDeactivatedNoLongerOpensASession() {
        String token = tokenFor(ALICE);
        var before = stomp.connect(token);
        before.subscribe("/user/queue/notifications");
        try {
            directory.save(directory.findById(ALICE).orElseThrow().deactivated());
            sessionTermination.closeAllSessionsOf(ALICE, REASON);
            before.awaitClosed();

            var after = stomp.open(token);

            assertThat(after.awaitError()).isEqualTo(REASON);
            after.awaitClosed();
        } finally {
            Employee alice = directory.findById(ALICE).orElseThrow();
            directory.save(new Employee(ALICE, alice.username(), alice.displayName(), alice.roles(), BOB, true));
        }
    }

    @Test
    void someoneWithoutSessionsHasNothingClosed() {
        assertThat(sessionTermination.closeAllSessionsOf(CAROL, REASON)).isZero();
    }
}

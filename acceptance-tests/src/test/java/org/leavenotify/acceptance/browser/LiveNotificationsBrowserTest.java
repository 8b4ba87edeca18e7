package org.leavenotify.acceptance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The single-page app in two real, separate headless Chromium sessions against the assembled application
 * (the SPA built by Maven and served from the classpath at /), on a random port with the embedded store
 * in a fresh data directory. Alice and Bob each use their own browser; the steps run in order as one
 * working day, each test one step of it. Screenshots of both screens go to target/screenshots/.
 */
@ExtendWith(RequiresChromium.class)
@SpringBootTest(classes = LeaveNotifyApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leavenotify.store=mongodb",
                "leavenotify.embedded-store.data-dir=target/browser-test-data/${random.uuid}"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveNotificationsBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path PROFILES = Path.of("target", "browser-profiles");

    /** Working days well ahead, so every request is in the future and cancellable. */
    private static final LocalDate FIRST_MONDAY = LocalDate.now(ZoneOffset.UTC)
            .with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(2);

    @LocalServerPort
    private int port;

    private String baseUrl;
    private RestCalls rest;
    private BrowserUser alice;
    private BrowserUser bob;
    private String alicesFirstRequestNotification;

    @BeforeAll
    void bothOpenTheAppInTheirOwnBrowser() {
        baseUrl = "http://localhost:" + port;
        rest = new RestCalls(baseUrl);
        Chromium chromium = Chromium.find().orElseThrow();
        alice = new BrowserUser("alice", chromium.start(PROFILES), SCREENSHOTS);
        bob = new BrowserUser("bob", chromium.start(PROFILES), SCREENSHOTS);
        alice.logIn(baseUrl);
        bob.logIn(baseUrl);
    }

    @AfterAll
    void closeTheBrowsers() {
        if (alice != null) {
            alice.close();
        }
        if (bob != null) {
            bob.close();
        }
    }

    @Test
    @Order(1)
    void bobsBadgeCountsAlicesRequestTheMomentSheSubmitsItWithoutAReload() {
        bob.waitForBellLabel("Notifications, 0 unread");
        bob.markThePage();

        alice.askForAnnualLeave(FIRST_MONDAY, FIRST_MONDAY.plusDays(2), "Family visit");
        alice.waitForOwnRequest(FIRST_MONDAY, "PENDING");

        bob.waitForToast("New leave request from Alice Archer");
        bob.waitForBellLabel("Notifications, 1 unread");
        bob.waitForPendingTeamRequests(1);
        assertThat(bob.pageWasNotReloaded()).isTrue();
        bob.openNotifications();
        bob.screenshot("01-bob-told-of-alices-request");
        alicesFirstRequestNotification = bob.listedNotificationIds().get(0);
        bob.dismissToast("New leave request from Alice Archer");
        alice.screenshot("01-alice-request-pending");
    }

    @Test
    @Order(2)
    void aliceSeesAToastAndHerBadgeWhenBobApproves() {
        alice.markThePage();
        alice.waitForBellLabel("Notifications, 0 unread");

        bob.approvePendingRequestOf("alice");

        alice.waitForToast("Your leave request was approved");
        alice.waitForBellLabel("Notifications, 1 unread");
        alice.waitForOwnRequest(FIRST_MONDAY, "APPROVED");
        assertThat(alice.pageWasNotReloaded()).isTrue();
        alice.screenshot("02-alice-toast-after-approval");
        bob.screenshot("02-bob-after-approving");
        alice.dismissToast("Your leave request was approved");
    }

    @Test
    @Order(3)
    void aliceMarkingAllAsReadClearsHerBadge() {
        alice.markAllAsRead();

        alice.waitForBellLabel("Notifications, 0 unread");
        assertThat(alice.unreadNotificationIds()).isEmpty();
        alice.screenshot("03-alice-all-read");
    }

    @Test
    @Order(4)
    void bobMissesNothingAndSeesNothingTwiceWhenHisConnectionIsCutAndRestored() {
        bob.loseNetwork();
        bob.waitUntilNotLive();
        bob.screenshot("04-bob-offline");

        rest.askForAnnualLeave(rest.logIn("carol"), FIRST_MONDAY.plusWeeks(1), FIRST_MONDAY.plusWeeks(1).plusDays(1),
                "Conference");
        rest.askForAnnualLeave(rest.logIn("alice"), FIRST_MONDAY.plusWeeks(2), FIRST_MONDAY.plusWeeks(2).plusDays(1),
                "Moving house");
        bob.regainNetwork();

        bob.waitUntilLive();
        bob.waitForBellLabel("Notifications, 3 unread");
        bob.waitForListedNotifications(3);
        bob.waitForPendingTeamRequests(2);
        List<String> listed = bob.listedNotificationIds();
        List<String> held = rest.notificationIds(rest.logIn("bob"));
        assertThat(listed).doesNotHaveDuplicates().containsExactlyElementsOf(held).hasSize(3);
        assertThat(listed.get(2)).isEqualTo(alicesFirstRequestNotification);
        assertThat(bob.pageWasNotReloaded()).isTrue();
        bob.screenshot("04-bob-caught-up-after-reconnect");
    }

    @Test
    @Order(5)
    void aliceOpensTheApprovalAtItsOwnAddressAndStaysLoggedInWhenSheReloadsItOrOpensASecondTab() {
        alice.openTheNotification("Your leave request was approved");
        alice.waitForRequestPage("Annual leave of Alice Archer", "APPROVED");
        String requestPage = alice.currentPath();
        assertThat(requestPage).startsWith("/requests/");

        alice.reloadThePage();

        alice.waitForRequestPage("Annual leave of Alice Archer", "APPROVED");
        assertThat(alice.currentPath()).isEqualTo(requestPage);

        assertThat(alice.whoANewTabShows(baseUrl)).isEqualTo("alice");
        assertThat(alice.loginPageShown()).isFalse();
        alice.screenshot("05-alice-after-reload");
    }

    @Test
    @Order(6)
    void whenAlicesPasswordChangesElsewhereHerPageSaysWhyHerSessionEnded() {
        rest.changeOwnPassword(rest.logIn("alice"), "demo", "correct horse battery staple");

        alice.waitForLoginPageSaying("your password or roles changed");
        alice.screenshot("06-alice-signed-out-after-password-change");
    }
}

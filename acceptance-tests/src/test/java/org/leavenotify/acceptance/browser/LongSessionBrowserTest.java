package org.leavenotify.acceptance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.FluentWait;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sessions that outlive their tokens (../shared/CONTRACT.md, "Sessions"): with 30-second access tokens (and
 * 5 seconds of clock skew allowed instead of 30, so an expired token is refused soon after), Bob keeps the app
 * open for three token lifetimes while Alice's requests keep arriving. His page renews
 * the token before each expiry and moves its STOMP session to the new one: no login page ever appears, the
 * form he is typing keeps its text, the page is never reloaded, and every notification arrives once.
 */
@ExtendWith(RequiresChromium.class)
@SpringBootTest(classes = LeaveNotifyApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leavenotify.store=mongodb", "leavenotify.jwt.lifetime=30s", "leavenotify.jwt.clock-skew=5s",
                "leavenotify.embedded-store.data-dir=target/browser-test-data/${random.uuid}"})
class LongSessionBrowserTest {

    private static final Duration SESSION = Duration.ofSeconds(90);
    private static final Duration BETWEEN_REQUESTS = Duration.ofSeconds(12);

    @LocalServerPort
    private int port;

    @Test
    void bobsPageOutlivesThreeTokensWithoutALoginAMissedNotificationOrALostForm() {
        String baseUrl = "http://localhost:" + port;
        RestCalls rest = new RestCalls(baseUrl);
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(3);
        try (BrowserUser bob = new BrowserUser("bob", Chromium.find().orElseThrow().start(Path.of("target",
                "browser-profiles")), Path.of("target", "screenshots"))) {
            bob.logIn(baseUrl);
            bob.markThePage();
            bob.startTypingAReason("Half-written: the week after the release");

            Instant end = Instant.now().plus(SESSION);
            Instant[] nextRequest = {Instant.now()};
            List<Boolean> loginShown = new ArrayList<>();
            int[] sent = {0};
            // once a second until the end: Alice's next request when it is due, and a look for the login page
            new FluentWait<>(bob).withTimeout(SESSION.plusSeconds(30)).pollingEvery(Duration.ofSeconds(1))
                    .until(watched -> {
                        if (!Instant.now().isBefore(nextRequest[0])) {
                            rest.askForAnnualLeave(rest.logIn("alice"), monday.plusWeeks(sent[0]),
                                    monday.plusWeeks(sent[0]), "Day " + sent[0]);
                            sent[0]++;
                            nextRequest[0] = nextRequest[0].plus(BETWEEN_REQUESTS);
                        }
                        loginShown.add(watched.loginPageShown());
                        return !Instant.now().isBefore(end);
                    });

            bob.waitUntilLive();
            bob.waitForListedNotifications(sent[0]);
            List<String> listed = bob.listedNotificationIds();
            List<String> held = rest.notificationIds(rest.logIn("bob"));
            assertThat(sent[0]).isGreaterThanOrEqualTo(7);
            assertThat(loginShown).as("the login page, checked every second").doesNotContain(true);
            assertThat(listed).doesNotHaveDuplicates().containsExactlyElementsOf(held).hasSize(sent[0]);
            assertThat(bob.pageWasNotReloaded()).isTrue();
            bob.closeNotifications();
            assertThat(bob.reasonBeingTyped()).isEqualTo("Half-written: the week after the release");
            bob.screenshot("10-bob-after-three-token-lifetimes");
        }
    }
}

package org.leavenotify.acceptance.browser;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification client package used as another team would use it: its example page (plain JavaScript,
 * no React, served at /examples/notifications.html) in a real headless Chromium. Bob signs in there; Alice
 * asks for leave over REST; Bob's page shows it live and marks it read.
 */
@ExtendWith(RequiresChromium.class)
@SpringBootTest(classes = LeaveNotifyApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leavenotify.store=mongodb",
                "leavenotify.embedded-store.data-dir=target/browser-test-data/example-${random.uuid}"})
class ExamplePageBrowserTest {

    @LocalServerPort
    private int port;

    @Test
    void bobSeesAlicesRequestArriveLiveOnThePlainJavaScriptPageAndMarksItRead() {
        String baseUrl = "http://localhost:" + port;
        RestCalls rest = new RestCalls(baseUrl);
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(5);
        Chromium chromium = Chromium.find().orElseThrow();
        try (BrowserUser bob = new BrowserUser("bob", chromium.start(Path.of("target", "browser-profiles")),
                Path.of("target", "screenshots", "example"))) {
            bob.signInOnTheExamplePage(baseUrl);
            bob.waitForShown("unread-count", "0");

            rest.askForAnnualLeave(rest.logIn("alice"), monday, monday.plusDays(1), "A long weekend");

            bob.waitForShown("unread-count", "1");
            assertThat(bob.exampleNotifications()).singleElement().asString()
                    .startsWith("LEAVE_REQUEST_SUBMITTED: ").contains("Alice Archer");
            bob.screenshot("01-a-request-arrived");

            bob.clickButtonNamed("Mark read");

            bob.waitForShown("unread-count", "0");
            assertThat(rest.unreadCount(rest.logIn("bob"))).as("read on the server too").isZero();
            bob.screenshot("02-read");
        }
    }
}

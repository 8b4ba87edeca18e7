package org.leavenotify.acceptance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The day's main flow on a phone (375x812) with the keyboard only, no mouse and no touch: Alice asks for
 * leave, Bob approves it from his notification panel, Alice opens the approval and lands on her request's
 * page with the focus on its heading. Every control is reached with the Tab key and used with Enter or by
 * typing, and each step says where the focus is.
 */
@ExtendWith(RequiresChromium.class)
@SpringBootTest(classes = LeaveNotifyApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leavenotify.store=mongodb",
                "leavenotify.embedded-store.data-dir=target/browser-test-data/keyboard-${random.uuid}"})
class KeyboardOnlyBrowserTest {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("MMddyyyy");

    @LocalServerPort
    private int port;

    @Test
    void aliceAsksBobApprovesAndAliceOpensTheAnswerOnAPhoneWithTheKeyboardOnly() {
        String baseUrl = "http://localhost:" + port;
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(5);
        Chromium chromium = Chromium.find().orElseThrow();
        Path profiles = Path.of("target", "browser-profiles");
        Path screenshots = Path.of("target", "screenshots", "keyboard-only");
        try (BrowserUser alice = new BrowserUser("alice", chromium.start(profiles), screenshots);
             BrowserUser bob = new BrowserUser("bob", chromium.start(profiles), screenshots)) {
            alice.viewport(375, 812);
            bob.viewport(375, 812);
            alice.logIn(baseUrl);
            bob.logIn(baseUrl);

            alice.tabTo("From");
            alice.press(monday.format(TYPED));
            alice.tabTo("To");
            alice.press(monday.plusDays(1).format(TYPED));
            alice.tabTo("Reason");
            alice.press("Two days off");
            alice.tabTo("Submit request");
            alice.press(Keys.ENTER);
            alice.waitForOwnRequest(monday, "PENDING");
            alice.screenshot("01-alice-asked");

            bob.tabTo("Notifications, 1 unread");
            bob.press(Keys.ENTER);
            bob.waitForText("now waiting");
            bob.tabTo("Approve Alice Archer's request");
            bob.press(Keys.ENTER);
            bob.waitForText("now approved");
            bob.screenshot("02-bob-approved-from-the-panel");

            alice.waitForBellLabel("Notifications, 1 unread");
            alice.tabTo("Notifications, 1 unread");
            alice.press(Keys.ENTER);
            alice.tabTo("Unread: Your leave request was approved");
            alice.press(Keys.ENTER);
            alice.waitForRequestPage("Annual leave of Alice Archer", "APPROVED");
            assertThat(alice.focusedText()).isEqualTo("Annual leave of Alice Archer");
            alice.screenshot("03-alice-on-her-approved-request");
        }
    }
}

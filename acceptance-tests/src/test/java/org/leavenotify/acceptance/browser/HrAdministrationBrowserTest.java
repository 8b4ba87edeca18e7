package org.leavenotify.acceptance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * HR's work in the browser, on a phone (375x812): Hana takes Dan on in Bob's team with a first password,
 * gives him next year's allowance on his own page, and Dan signs in with that password in his browser.
 */
@ExtendWith(RequiresChromium.class)
@SpringBootTest(classes = LeaveNotifyApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leavenotify.store=mongodb",
                "leavenotify.embedded-store.data-dir=target/browser-test-data/hr-${random.uuid}"})
class HrAdministrationBrowserTest {

    @LocalServerPort
    private int port;

    @Test
    void hanaTakesOnDanInBobsTeamAndGivesHimNextYearsLeaveOnAPhone() {
        String baseUrl = "http://localhost:" + port;
        int nextYear = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
        Chromium chromium = Chromium.find().orElseThrow();
        Path profiles = Path.of("target", "browser-profiles");
        Path screenshots = Path.of("target", "screenshots", "hr");
        try (BrowserUser hana = new BrowserUser("hana", chromium.start(profiles), screenshots);
             BrowserUser dan = new BrowserUser("dan", chromium.start(profiles), screenshots)) {
            hana.viewport(375, 812);
            hana.logIn(baseUrl);
            hana.visit(baseUrl, "/hr");

            hana.typeInto("username", "dan");
            hana.typeInto("displayName", "Dan Doyle");
            hana.select("managerId", "Bob Baker");
            hana.typeInto("initialPassword", "violet kettle under the morning bridge");
            hana.clickButtonNamed("Create");
            hana.waitForText("Dan Doyle was created.");
            assertThat(hana.horizontalOverflow()).isZero();
            hana.screenshot("01-hana-took-dan-on");

            hana.clickLink("Dan Doyle");
            hana.waitForText("Dan Doyle");
            hana.select("year", String.valueOf(nextYear));
            hana.typeInto("annualAllowance", "27.5");
            hana.clickButtonNamed("Set the allowance of " + nextYear);
            hana.waitForText("Dan Doyle has 27.5 days of annual leave in " + nextYear + ".");
            assertThat(hana.horizontalOverflow()).isZero();
            hana.screenshot("02-hana-set-dans-allowance");

            dan.logInWith(baseUrl, "violet kettle under the morning bridge");
            dan.screenshot("03-dan-signed-in");
        }
    }
}

package org.leavenotify.acceptance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every screen of the web client, as each demo user sees it, on a phone (375x812) and a desktop (1280x800):
 * no horizontal scrolling, and no serious or critical finding of axe-core (the library is the web client's
 * own dev dependency, injected into the page). Each screen is saved to target/screenshots/every-screen/,
 * and a contact sheet of them all beside it (docs/web-client.md shows one).
 */
@ExtendWith(RequiresChromium.class)
@SpringBootTest(classes = LeaveNotifyApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leavenotify.store=mongodb",
                // its own application (a data directory of its own): the other browser tests change passwords
                "leavenotify.embedded-store.data-dir=target/browser-test-data/every-screen-${random.uuid}"})
class EveryScreenBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "every-screen");
    private static final Path AXE = Path.of("..", "web-client", "node_modules", "axe-core", "axe.min.js");
    private static final int[][] SIZES = {{375, 812}, {1280, 800}};

    @LocalServerPort
    private int port;

    /** A screen: where it is, and what is done there first (a panel or a form opened), if anything. */
    private record Screen(String user, String label, String path, java.util.function.Consumer<BrowserUser> then) {

        Screen(String user, String label, String path) {
            this(user, label, path, browser -> { });
        }
    }

    @Test
    void everyScreenFitsAPhoneAndADesktopWithoutASeriousAccessibilityFinding() throws Exception {
        assertThat(AXE).as("axe-core, installed by the web client's npm install").exists();
        String axe = Files.readString(AXE, StandardCharsets.UTF_8);
        String baseUrl = "http://localhost:" + port;
        RestCalls rest = new RestCalls(baseUrl);
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(4);
        rest.askForAnnualLeave(rest.logIn("alice"), monday, monday.plusDays(2), "A week in the mountains");
        String request = "/requests/" + rest.newestRequestOf(rest.logIn("alice"));

        List<Screen> screens = List.of(
                new Screen("alice", "my-leave", "/"),
                new Screen("alice", "notifications", "/", BrowserUser::openNotifications),
                new Screen("alice", "request", request),
                new Screen("alice", "cancel-confirmation", request, b -> b.clickButtonNamed("Cancel the request")),
                new Screen("alice", "not-found", "/no/such/page"),
                new Screen("bob", "home-with-team", "/"),
                new Screen("bob", "team", "/team"),
                new Screen("bob", "notifications", "/", BrowserUser::openNotifications),
                new Screen("bob", "request-to-decide", request),
                new Screen("bob", "reject-form", request, b -> b.clickButtonNamed("Reject…")),
                new Screen("hana", "employees", "/hr"),
                new Screen("hana", "employee", "/hr/employees/alice"),
                new Screen("hana", "holidays", "/hr/holidays"),
                new Screen("hana", "import", "/hr/import"),
                new Screen("hana", "import-refused", "/hr/import", b -> {
                    b.typeInto("csv", "username,displayName,roles,managerUsername,allowance\nalice,Alice Again,,,25\nzed,,,,many");
                    b.clickButtonNamed("Import");
                    b.waitForAlert();
                }));

        List<String> problems = new ArrayList<>();
        List<Path> shots = new ArrayList<>();
        Chromium chromium = Chromium.find().orElseThrow();
        for (String user : List.of("alice", "bob", "hana")) {
            try (BrowserUser browser = new BrowserUser(user, chromium.start(Path.of("target", "browser-profiles")),
                    SCREENSHOTS)) {
                for (int[] size : SIZES) {
                    browser.viewport(size[0], size[1]);
                    String sizeLabel = size[0] + "x" + size[1];
                    if (user.equals("alice")) {
                        browser.showTheLoginPage(baseUrl);
                        check(browser, axe, "login " + sizeLabel, problems);
                        shots.add(browser.screenshot(sizeLabel + "-login"));
                        browser.showThePublicPage(baseUrl, "/docs/realtime");
                        check(browser, axe, "realtime-api " + sizeLabel, problems);
                        shots.add(browser.screenshot(sizeLabel + "-realtime-api"));
                    }
                    browser.logInIfAsked(baseUrl);
                    for (Screen screen : screens.stream().filter(s -> s.user().equals(user)).toList()) {
                        browser.visit(baseUrl, screen.path());
                        screen.then().accept(browser);
                        check(browser, axe, user + " " + screen.label() + " " + sizeLabel, problems);
                        shots.add(browser.screenshot(sizeLabel + "-" + user + "-" + screen.label()));
                    }
                    browser.logOut();
                }
            }
        }
        contactSheet(shots, SCREENSHOTS.resolve("contact-sheet.png"));

        assertThat(problems).as("screens that scroll sideways or have serious accessibility findings").isEmpty();
    }

    private static void check(BrowserUser browser, String axe, String where, List<String> problems) {
        long overflow = browser.horizontalOverflow();
        if (overflow > 0) {
            problems.add(where + ": " + overflow + " px wider than the screen");
        }
        for (String finding : browser.seriousAccessibilityFindings(axe)) {
            problems.add(where + ": " + finding);
        }
    }

    /** Every screenshot scaled into a grid, a row per size and user, for the docs. */
    private static void contactSheet(List<Path> shots, Path sheet) throws IOException {
        int columns = 4;
        int cellWidth = 300;
        int cellHeight = 260;
        int rows = (shots.size() + columns - 1) / columns;
        BufferedImage image = new BufferedImage(columns * cellWidth, rows * cellHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        for (int i = 0; i < shots.size(); i++) {
            BufferedImage shot = ImageIO.read(shots.get(i).toFile());
            double scale = Math.min((cellWidth - 8.0) / shot.getWidth(), (cellHeight - 24.0) / shot.getHeight());
            int x = (i % columns) * cellWidth + 4;
            int y = (i / columns) * cellHeight + 4;
            g.drawImage(shot, x, y, (int) (shot.getWidth() * scale), (int) (shot.getHeight() * scale), null);
            g.setColor(Color.DARK_GRAY);
            g.drawString(shots.get(i).getFileName().toString().replace(".png", ""), x, y + cellHeight - 12);
        }
        g.dispose();
        ImageIO.write(image, "png", sheet.toFile());
    }
}

package org.leavenotify.acceptance.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person at their own browser, driving the single-page app the way they would: through the page's
 * labels and buttons. Every wait is an explicit wait on what the page shows.
 */
final class BrowserUser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String name;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path screenshots;

    BrowserUser(String name, ChromeDriver driver, Path screenshots) {
        this.name = name;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, PATIENCE);
        this.screenshots = screenshots;
    }

    void logIn(String baseUrl) {
        logInWith(baseUrl, "demo");
    }

    void logInWith(String baseUrl, String password) {
        driver.get(baseUrl + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(name);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=current-user]"), name));
        waitUntilLive();
    }

    /**
     * Opens the notification client's example page (plain JavaScript, no React: notification-client/example)
     * and signs in there; waits until its feed is connected.
     */
    void signInOnTheExamplePage(String baseUrl) {
        driver.get(baseUrl + "/examples/notifications.html");
        typeInto("username", name);
        typeInto("password", "demo");
        clickButtonNamed("Sign in");
        waitForShown("connection", "connected");
    }

    /** The element with this {@code data-testid} shows exactly this text. */
    void waitForShown(String testId, String text) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=" + testId + "]"), text));
    }

    /** The notifications the example page lists, as "type: text" each, newest first. */
    List<String> exampleNotifications() {
        return driver.findElements(By.cssSelector("#notifications li")).stream()
                .map(item -> item.getDomAttribute("data-type") + ": " + item.getText())
                .toList();
    }

    /** The connection indicator says the feed is live (connected, subscribed and caught up). */
    void waitUntilLive() {
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".connection"), "data-state", "connected"));
    }

    String connectionState() {
        return driver.findElement(By.cssSelector(".connection")).getDomAttribute("data-state");
    }

    /** What a screen reader reads on the bell, e.g. "Notifications, 3 unread". */
    String bellLabel() {
        return bell().getDomAttribute("aria-label");
    }

    void waitForBellLabel(String label) {
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("button.bell"), "aria-label", label));
    }

    /** Marks the page; a page that is reloaded loses the mark. */
    void markThePage() {
        ((JavascriptExecutor) driver).executeScript("window.__notReloaded = true;");
    }

    boolean pageWasNotReloaded() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.__notReloaded === true;"));
    }

    void askForAnnualLeave(LocalDate from, LocalDate to, String reason) {
        closeNotifications();
        new Select(driver.findElement(By.name("type"))).selectByValue("ANNUAL");
        typeDate(driver.findElement(By.name("startDate")), from);
        typeDate(driver.findElement(By.name("endDate")), to);
        driver.findElement(By.name("reason")).sendKeys(reason);
        driver.findElement(By.cssSelector("form.submit-form button[type=submit]")).click();
    }

    void waitForOwnRequest(LocalDate from, String status) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//table[contains(@class,'my-requests')]//tr[@data-status='" + status + "'][td[2]='" + from + "']")));
    }

    /** As a manager: approves the pending request of the given employee shown on the team page. */
    void approvePendingRequestOf(String employee) {
        closeNotifications();
        By row = By.cssSelector("table.team-requests tr[data-employee='" + employee + "']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(row))
                .findElement(By.cssSelector("button.approve")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(row));
    }

    List<String> pendingTeamRequestsOf(String employee) {
        return driver.findElements(By.cssSelector("table.team-requests tr[data-employee='" + employee + "']"))
                .stream().map(row -> row.getDomAttribute("data-id")).toList();
    }

    void waitForPendingTeamRequests(int count) {
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("table.team-requests tbody tr"), count));
    }

    WebElement waitForToast(String text) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(toastSaying(text)));
    }

    private static By toastSaying(String text) {
        return By.xpath("//div[contains(@class,'toast')][contains(., \"" + text + "\")]");
    }

    /** Closes the toast that says the given text with its own button, unless it has already gone by itself. */
    void dismissToast(String text) {
        By toast = toastSaying(text);
        for (WebElement shown : driver.findElements(toast)) {
            try {
                shown.findElement(By.cssSelector("button[aria-label=Dismiss]")).click();
            } catch (StaleElementReferenceException | NoSuchElementException goneMeanwhile) {
                // the toast timed out between finding it and clicking: that is what dismissing wants
            }
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(toast));
    }

    void openNotifications() {
        if (!"true".equals(bell().getDomAttribute("aria-expanded"))) {
            bell().click();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notification-panel")));
    }

    void closeNotifications() {
        if ("true".equals(bell().getDomAttribute("aria-expanded"))) {
            bell().click();
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".notification-panel")));
    }

    void markAllAsRead() {
        openNotifications();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Mark all as read']")))
                .click();
    }

    /** The ids of the notifications listed in the panel, top to bottom. */
    List<String> listedNotificationIds() {
        openNotifications();
        return driver.findElements(By.cssSelector(".notification-list button.notification")).stream()
                .map(item -> item.getDomAttribute("data-id")).toList();
    }

    void waitForListedNotifications(int count) {
        openNotifications();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".notification-list button.notification"),
                count));
    }

    List<String> unreadNotificationIds() {
        return driver.findElements(By.cssSelector(".notification-list button.notification.unread")).stream()
                .map(item -> item.getDomAttribute("data-id")).toList();
    }

    /** The browser loses its network, as when a laptop leaves the Wi-Fi. */
    void loseNetwork() {
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        driver.setNetworkConditions(offline);
    }

    void regainNetwork() {
        driver.deleteNetworkConditions();
    }

    void waitUntilNotLive() {
        wait.until(driver -> !"connected".equals(connectionState()));
    }

    /** Opens the notification whose title starts with {@code title}: its request's page is shown. */
    void openTheNotification(String title) {
        openNotifications();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//ul[contains(@class,'notification-list')]"
                + "//button[contains(@class,'notification')][.//*[contains(@class,'notification-title')][contains(., \""
                + title + "\")]]"))).click();
    }

    /** The page of one request is shown, with this heading and status. */
    void waitForRequestPage(String heading, String status) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".request-page h1"), heading));
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".request-page"), "data-status", status));
    }

    String currentPath() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The login page, signed out (no refresh cookie), as someone who has not logged in sees it. */
    void showTheLoginPage(String baseUrl) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
    }

    /** Opens a page anyone may see, signed in or not (it has no header with the user's name). */
    void showThePublicPage(String baseUrl, String path) {
        driver.get(baseUrl + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
        wait.until(d -> d.findElements(By.xpath("//main//*[normalize-space(text())='Loading…']")).isEmpty());
    }

    /** Logs in through the login page if the browser is not signed in already. */
    void logInIfAsked(String baseUrl) {
        driver.get(baseUrl + "/");
        wait.until(d -> !d.findElements(By.name("username")).isEmpty()
                || !d.findElements(By.cssSelector("[data-testid=current-user]")).isEmpty());
        if (!driver.findElements(By.name("username")).isEmpty()) {
            logIn(baseUrl);
        }
    }

    void logOut() {
        closeNotifications();
        driver.findElement(By.cssSelector("button.log-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
    }

    /** Clicks the first button whose accessible name (aria-label, else its text) starts with {@code name}. */
    void clickButtonNamed(String name) {
        wait.until(d -> {
            for (WebElement button : d.findElements(By.cssSelector("button"))) {
                String label = button.getDomAttribute("aria-label");
                String text = label != null ? label : button.getText();
                if (text != null && text.strip().startsWith(name) && button.isDisplayed() && button.isEnabled()) {
                    button.click();
                    return true;
                }
            }
            return false;
        });
    }

    /** Types into the field with this label (a CSS selector of its name attribute). */
    void typeInto(String fieldName, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name(fieldName)));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Moves the focus with the Tab key only, as someone without a mouse does, until the focused element's
     * name (aria-label, else its text, else its label's text) starts with {@code name}; fails after 80 presses.
     */
    void tabTo(String name) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        for (int presses = 0; presses < 80; presses++) {
            driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
            String focused = (String) js.executeScript("""
                    const e = document.activeElement;
                    if (!e) return '';
                    const label = e.getAttribute('aria-label') || (e.labels && e.labels[0] && e.labels[0].textContent)
                        || e.textContent || '';
                    return label.trim();""");
            if (focused.startsWith(name)) {
                return;
            }
        }
        throw new AssertionError("nothing named '" + name + "' was reached with the Tab key");
    }

    /** Presses a key in the focused element (Enter, Space, or text). */
    void press(CharSequence keys) {
        driver.switchTo().activeElement().sendKeys(keys);
    }

    /** Chooses the option with this visible text in the select of this name. */
    void select(String fieldName, String optionText) {
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.name(fieldName))))
                .selectByVisibleText(optionText);
    }

    void clickLink(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(text))).click();
    }

    void waitForText(String text) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[normalize-space(.)='" + text + "']")));
    }

    void waitForAlert() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]")));
    }

    String focusedText() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return (document.activeElement && document.activeElement.textContent || '').trim();");
    }

    /** Makes the page as wide and tall as a phone's or a desktop's screen (device metrics, not the window). */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /**
     * Goes to {@code path} as a typed address or a bookmark would (a full page load, the session resumed from
     * the cookie) and waits until the page is there: signed in, live, its heading shown, nothing loading.
     */
    void visit(String baseUrl, String path) {
        driver.get(baseUrl + path);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=current-user]"), name));
        waitUntilLive();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
        wait.until(d -> d.findElements(By.xpath("//main//*[normalize-space(text())='Loading…']")).isEmpty());
    }

    /** How many CSS pixels the page is wider than the screen (0: no horizontal scrolling). */
    long horizontalOverflow() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
    }

    /** The serious and critical findings of axe-core on the page as it is now, "rule: where" each. */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityFindings(String axeSource) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource);
        Object found = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'],
                    rules: { 'label-content-name-mismatch': { enabled: true } } }).then((results) => done(results.violations
                    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                    .map((v) => v.id + ': ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | '))));""");
        return (List<String>) found;
    }

    /** Reloads the page: the session resumes from the refresh cookie, without the login page. */
    void reloadThePage() {
        driver.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=current-user]"), name));
        waitUntilLive();
    }

    /** Opens the app in a new tab of the same browser; the name the new tab shows; the tab is closed again. */
    String whoANewTabShows(String baseUrl) {
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        try {
            driver.get(baseUrl + "/");
            return wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=current-user]"))).getText();
        } finally {
            driver.close();
            driver.switchTo().window(first);
        }
    }

    /** Starts filling in the leave form without sending it. */
    void startTypingAReason(String text) {
        closeNotifications();
        driver.findElement(By.name("reason")).sendKeys(text);
    }

    String reasonBeingTyped() {
        return driver.findElement(By.name("reason")).getDomProperty("value");
    }

    boolean loginPageShown() {
        return !driver.findElements(By.name("username")).isEmpty();
    }

    /** The login page is shown with the given notice. */
    void waitForLoginPageSaying(String notice) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".login-form .notice"), notice));
    }

    Path screenshot(String label) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(label + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private WebElement bell() {
        return driver.findElement(By.cssSelector("button.bell"));
    }

    /** Types a date into a date field as a person in the en-US locale would: month, day, year. */
    private void typeDate(WebElement field, LocalDate date) {
        field.sendKeys(String.format("%02d%02d%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear()));
        wait.until(d -> date.toString().equals(field.getDomProperty("value")));
    }
}

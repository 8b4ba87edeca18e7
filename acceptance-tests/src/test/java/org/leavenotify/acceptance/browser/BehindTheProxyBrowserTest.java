package org.leavenotify.acceptance.browser;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web client through the TLS proxy of docs/production.md (nginx, scripts/proxy): Bob signs in at an
 * https address, his page goes live over WSS through nginx, Alice's request reaches his badge the moment she
 * sends it, and a reload keeps him signed in (the refresh cookie is Secure, and sent back over HTTPS). The
 * browser trusts the proxy's generated certificate by its public key, and nothing else.
 */
@ExtendWith(RequiresChromium.class)
@SpringBootTest(classes = LeaveNotifyApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leavenotify.store=mongodb",
                "leavenotify.embedded-store.data-dir=target/browser-test-data/${random.uuid}",
                "server.forward-headers-strategy=native",
                "server.tomcat.remoteip.internal-proxies=127\\\\.0\\\\.0\\\\.1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BehindTheProxyBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path PROFILES = Path.of("target", "browser-profiles");
    private static final Path SCRIPTS = Path.of("..", "scripts", "proxy").toAbsolutePath().normalize();

    @LocalServerPort
    private int port;

    private final Path proxyDir = Path.of("target", "proxy-" + System.nanoTime()).toAbsolutePath();
    private final int httpsPort = freePort();
    private BrowserUser bob;

    @BeforeAll
    void startTheProxyAndBobsBrowser() throws Exception {
        String[] started = proxy("start.sh");
        if (!started[0].equals("0")) {
            abort("nginx could not be installed or started on this machine: " + started[1]);
        }
        String trustOnlyTheProxy = "--ignore-certificate-errors-spki-list=" + publicKeyPin(proxyDir.resolve("tls/proxy.crt"));
        bob = new BrowserUser("bob", Chromium.find().orElseThrow().start(PROFILES, trustOnlyTheProxy), SCREENSHOTS);
    }

    @AfterAll
    void stopThem() throws Exception {
        if (bob != null) {
            bob.close();
        }
        proxy("stop.sh");
    }

    @Test
    void bobWorksOverHttpsThroughTheProxyIsToldLiveOverWssAndStaysSignedInAcrossAReload() {
        String https = "https://localhost:" + httpsPort;
        bob.logIn(https);
        bob.waitForBellLabel("Notifications, 0 unread");

        RestCalls direct = new RestCalls("http://localhost:" + port);
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(3);
        direct.askForAnnualLeave(direct.logIn("alice"), monday, monday.plusDays(1), "Behind the proxy");

        bob.waitForBellLabel("Notifications, 1 unread");
        bob.reloadThePage();
        bob.waitForBellLabel("Notifications, 1 unread");
        bob.screenshot("behind-the-proxy");
    }

    private String[] proxy(String script) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPTS.resolve(script).toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of("LEAVENOTIFY_PROXY_DIR", proxyDir.toString(),
                "LEAVENOTIFY_PROXY_HTTPS_PORT", String.valueOf(httpsPort),
                "LEAVENOTIFY_PROXY_HTTP_PORT", String.valueOf(freePort()),
                "LEAVENOTIFY_PROXY_UPSTREAMS", "127.0.0.1:" + port));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new String[] {"-1", output + " (timed out)"};
        }
        return new String[] {String.valueOf(process.exitValue()), output};
    }

    /** The base64 SHA-256 of the certificate's public key, as Chromium's SPKI allow-list takes it. */
    private static String publicKeyPin(Path certificate) throws Exception {
        try (InputStream in = Files.newInputStream(certificate)) {
            byte[] publicKey = CertificateFactory.getInstance("X.509").generateCertificate(in).getPublicKey().getEncoded();
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(publicKey));
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.leavenotify.bootstrap.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.mail.MailProperties;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.leavenotify.bootstrap.reliability.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The e-mail channel in the assembled application. */
class MailOverHttpTest {

    /**
     * Without an SMTP server the embedded default writes each e-mail as an {@code .eml} file: Bob, who is not
     * looking, finds Alice's request there (no delay here, and the sweep every half second).
     */
    @Nested
    @SpringBootTest(classes = LeaveNotifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"leavenotify.store=mongodb",
                    "leavenotify.embedded-store.data-dir=target/web-test-data/${random.uuid}",
                    "leavenotify.mail.eml-directory=target/web-test-data/mail-files/mail-${random.uuid}",
                    "leavenotify.mail.delay=0s", "leavenotify.mail.sweep-interval=500ms",
                    "leavenotify.mail.recipient-domain=example.com",
                    "leavenotify.mail.link-base-url=https://leave.example.com"})
    class WithoutAnSmtpServer {

        @LocalServerPort
        int port;

        @Autowired
        MailProperties mail;

        @Test
        void anUnreadNotificationBecomesAnEmlFileAddressedToItsRecipient() throws IOException {
            Api api = new Api(HttpClient.newHttpClient(), port);
            String alice = api.logIn("alice");
            String request = api.askForADay(alice, LocalDate.now(ZoneOffset.UTC).plusWeeks(60)
                    .with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY)));

            Path file = awaitOneFile(mail.emlDirectory());
            String eml = Files.readString(file);
            assertThat(eml).contains("To: Bob Baker <bob@example.com>", "Subject: New leave request from Alice Archer",
                    "Message-ID: <email-bob-", "https://leave.example.com/requests/" + request);

            // one click from Bob's mail program, no login: no more e-mails about new requests, and nothing else
            Matcher link = Pattern.compile("List-Unsubscribe: <https://leave.example.com(/api/unsubscribe\\?token=[^>]+)>")
                    .matcher(eml);
            assertThat(link.find()).as("the one-click link in " + eml).isTrue();
            assertThat(api.send(api.request(link.group(1), null).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))).status()).isEqualTo(200);
            var mine = api.get("/api/notification-preferences", api.logIn("bob")).ok().json().path("email");
            assertThat(mine.path("LEAVE_REQUEST_SUBMITTED").asBoolean()).isFalse();
            assertThat(mine.path("LEAVE_REQUEST_CANCELLED").asBoolean()).isTrue();
            assertThat(api.send(api.request(link.group(1).replace("token=", "token=x"), null)
                    .POST(HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(400);
        }

        /** Waits for the one complete {@code .eml} file of the directory. */
        private static Path awaitOneFile(Path directory) {
            return await().atMost(Duration.ofSeconds(20)).until(() -> completeFiles(directory), files -> !files.isEmpty())
                    .stream().reduce((first, second) -> {
                        throw new AssertionError("more than one e-mail: " + first + ", " + second);
                    }).orElseThrow();
        }

        private static List<Path> completeFiles(Path directory) throws IOException {
            if (!Files.isDirectory(directory)) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(directory)) {
                return files.filter(file -> file.toString().endsWith(".eml"))
                        .filter(file -> !file.getFileName().toString().startsWith(".")).toList();
            }
        }
    }

    /**
     * An SMTP server that cannot be reached (nothing listens on port 1) shows in the health report, and keeps
     * no node out of service.
     */
    @Nested
    @SpringBootTest(classes = LeaveNotifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"leavenotify.store=mongodb",
                    "leavenotify.embedded-store.data-dir=target/web-test-data/${random.uuid}",
                    "spring.mail.host=127.0.0.1", "spring.mail.port=1",
                    "spring.mail.properties.mail.smtp.connectiontimeout=1000"})
    class WithAnSmtpServerThatIsDown {

        @LocalServerPort
        int port;

        @Test
        void theMailServerIsReportedDownButTheNodeStaysReady() {
            Api api = new Api(HttpClient.newHttpClient(), port);

            assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
            var health = api.get("/actuator/health", api.logIn("hana")).json();
            assertThat(health.path("components").path("mail").path("status").asString()).isEqualTo("DOWN");
        }
    }
}

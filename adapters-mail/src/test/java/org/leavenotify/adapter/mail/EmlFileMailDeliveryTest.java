package org.leavenotify.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leavenotify.application.contract.MailDeliveryContract;
import org.leavenotify.application.mail.MailMessage;
import org.leavenotify.application.mail.port.out.MailDeliveryPort;

/** The file adapter: each e-mail an {@code .eml} file, read back as a mail program would. */
class EmlFileMailDeliveryTest extends MailDeliveryContract {

    @TempDir
    Path directory;

    @Override
    protected MailDeliveryPort delivery() {
        return new EmlFileMailDelivery(directory.resolve("mail"), "leave@example.com", "leave-notify");
    }

    @Override
    protected List<Delivered> delivered() {
        return files().stream().map(EmlFileMailDeliveryTest::read).map(ReadBack::of).toList();
    }

    @Test
    void theSameMessageWrittenAgainIsOneFileAndNoPartialFileIsLeft() {
        MailMessage mail = new MailMessage("email-bob-n7", "bob@example.com", "Bob Baker", "S", "t\n", "<p>h</p>",
                null);
        delivery().deliver(mail);
        delivery().deliver(mail);

        assertThat(files()).singleElement().satisfies(file ->
                assertThat(file.getFileName().toString()).isEqualTo("email-bob-n7.eml"));
    }

    private List<Path> files() {
        Path mail = directory.resolve("mail");
        if (!Files.isDirectory(mail)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(mail)) {
            return listed.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MimeMessage read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("unreadable " + file, e);
        }
    }
}

package org.leavenotify.adapter.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;

import org.leavenotify.application.mail.MailDeliveryFailed;
import org.leavenotify.application.mail.MailMessage;
import org.leavenotify.application.mail.port.out.MailDeliveryPort;

/**
 * Writes each e-mail as an {@code .eml} file (the message as an SMTP server would have received it, opened by
 * any mail program) into a directory: the embedded default's delivery, so that what would be sent can be seen
 * and nothing leaves the machine until an SMTP server is configured. One file per message, named by its id:
 * writing the same message again replaces its file. A file appears only once complete.
 */
final class EmlFileMailDelivery implements MailDeliveryPort {

    private final Path directory;
    private final String from;
    private final String messageIdDomain;
    private final Session session = Session.getInstance(new Properties());

    EmlFileMailDelivery(Path directory, String from, String messageIdDomain) {
        this.directory = directory;
        this.from = from;
        this.messageIdDomain = messageIdDomain;
    }

    @Override
    public void deliver(MailMessage mail) {
        Path file = directory.resolve(mail.messageId().replaceAll("[^A-Za-z0-9._-]", "_") + ".eml");
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, ".writing-", ".eml");
            try (OutputStream out = Files.newOutputStream(partial)) {
                MimeMessages.of(mail, session, from, messageIdDomain).writeTo(out);
            }
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new MailDeliveryFailed("the e-mail could not be written to " + file + ": " + e.getMessage(), false, e);
        } catch (MessagingException e) {
            throw new MailDeliveryFailed("the e-mail could not be written: " + e.getMessage(), true, e);
        }
    }
}

package org.leavenotify.acceptance.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.leavenotify.acceptance.steps.Emails;
import org.leavenotify.acceptance.steps.Persona;

/**
 * The e-mails over the wire: the assembled application has no SMTP server configured, so it writes each
 * e-mail as an {@code .eml} file into its mail directory; they are read back as a mail program would.
 */
class WireEmails implements Emails {

    private final Path directory;
    private final Http http;

    WireEmails(Path directory, Http http) {
        this.directory = directory;
        this.http = http;
    }

    /** Posts to the link as a mail program's one-click unsubscribe does (RFC 8058), on this test's server. */
    @Override
    public void unsubscribeWith(ReceivedEmail email) {
        String link = email.unsubscribeUrl();
        http.postForm(link.substring(link.indexOf("/api/unsubscribe")), "List-Unsubscribe=One-Click");
    }

    @Override
    public List<ReceivedEmail> emailsTo(Persona who) {
        List<ReceivedEmail> found = new ArrayList<>();
        for (Path file : files(directory)) {
            ReceivedEmail email = read(file);
            if (email.to().startsWith(who.username() + "@")) {
                found.add(email);
            }
        }
        return found;
    }

    /** The complete {@code .eml} files of the directory (none while it does not exist). */
    static List<Path> files(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(directory)) {
            return listed.filter(file -> !file.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReceivedEmail read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            InternetAddress to = (InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0];
            String unsubscribe = message.getHeader("List-Unsubscribe", null);
            return new ReceivedEmail(to.getAddress(), message.getSubject(), plainText(message),
                    unsubscribe == null ? null : unsubscribe.substring(1, unsubscribe.length() - 1));
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("unreadable e-mail " + file, e);
        }
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = plainText(body);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}

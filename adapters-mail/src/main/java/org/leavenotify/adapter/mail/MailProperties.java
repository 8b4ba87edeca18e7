package org.leavenotify.adapter.mail;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where e-mails go, under {@code leavenotify.mail.*}. The SMTP server itself is Spring Boot's
 * {@code spring.mail.host}, {@code spring.mail.port}, {@code spring.mail.username}, ...: when
 * {@code spring.mail.host} is set, e-mails are sent through it; otherwise they are written as files.
 *
 * @param from            the sender of every e-mail ({@code Leave Notify <leave@example.com>})
 * @param recipientDomain every employee's address is their username at this domain ({@code alice@example.com})
 * @param emlDirectory    where the e-mails are written as {@code .eml} files when no SMTP server is configured
 * @param messageIdDomain the right-hand side of every {@code Message-ID}
 */
@ConfigurationProperties(prefix = "leavenotify.mail")
public record MailProperties(@DefaultValue("Leave Notify <leave-notify@localhost>") String from,
                             @DefaultValue("localhost") String recipientDomain,
                             @DefaultValue("data/mail") Path emlDirectory,
                             @DefaultValue("leave-notify") String messageIdDomain) {
}

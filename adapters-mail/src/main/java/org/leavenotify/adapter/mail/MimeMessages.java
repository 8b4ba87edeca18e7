package org.leavenotify.adapter.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.leavenotify.application.mail.MailMessage;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Builds the MIME message of an e-mail the same way for every adapter: {@code multipart/alternative} with a
 * plain-text and an HTML part in UTF-8, the recipient by name and address, the sender, the message's own
 * {@code Message-ID}, and the one-click unsubscribe headers (RFC 8058) when it has a link.
 */
final class MimeMessages {

    private MimeMessages() {
    }

    static MimeMessage of(MailMessage mail, Session session, String from, String messageIdDomain)
            throws MessagingException {
        String messageId = "<" + mail.messageId() + "@" + messageIdDomain + ">";
        MimeMessage message = new MimeMessage(session) {
            /** Keeps the message's own id when the message is saved, instead of a new random one. */
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                StandardCharsets.UTF_8.name());
        try {
            helper.setTo(new InternetAddress(mail.to(), mail.toName(), StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
        helper.setFrom(new InternetAddress(from));
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        if (mail.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setHeader("Auto-Submitted", "auto-generated");
        message.saveChanges();
        return message;
    }
}

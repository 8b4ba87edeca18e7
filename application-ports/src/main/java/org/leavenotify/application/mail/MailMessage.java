package org.leavenotify.application.mail;

import org.leavenotify.domain.shared.Require;

/**
 * One e-mail to one person, in plain text and HTML.
 *
 * @param messageId      the {@code Message-ID} it is sent under: one per notification and channel, so a
 *                       message sent again after a crash carries the same id and mail clients show it once
 * @param to             the recipient's address
 * @param toName         the recipient's name as shown
 * @param unsubscribeUrl where one click turns off this kind of e-mail for the recipient ({@code List-Unsubscribe}),
 *                       or {@code null}
 */
public record MailMessage(String messageId, String to, String toName, String subject, String text, String html,
                          String unsubscribeUrl) {

    public MailMessage {
        Require.text(messageId, "message id");
        Require.text(to, "recipient address");
        Require.text(toName, "recipient name");
        Require.text(subject, "subject");
        Require.text(text, "text");
        Require.text(html, "html");
    }
}

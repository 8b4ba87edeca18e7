package org.leavenotify.adapter.mail;

import java.io.IOException;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.leavenotify.application.contract.MailDeliveryContract.Delivered;

/** Reads a received MIME message back into what the delivery contract checks. */
final class ReadBack {

    private ReadBack() {
    }

    static Delivered of(MimeMessage message) {
        try {
            InternetAddress to = (InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0];
            return new Delivered(message.getMessageID(), to.getAddress(), to.getPersonal(), message.getSubject(),
                    part(message, "text/plain"), part(message, "text/html"),
                    message.getHeader("List-Unsubscribe", null), message.getHeader("List-Unsubscribe-Post", null));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable e-mail", e);
        }
    }

    /** The content of the first part of this type, however deep in the multipart tree. */
    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = part(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

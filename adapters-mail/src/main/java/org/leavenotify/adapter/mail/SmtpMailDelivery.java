package org.leavenotify.adapter.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import org.leavenotify.application.mail.MailDeliveryFailed;
import org.leavenotify.application.mail.MailMessage;
import org.leavenotify.application.mail.port.out.MailDeliveryPort;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends each e-mail through the SMTP server of {@code spring.mail.*}. A server that cannot be reached, or
 * that answers "try later", is a failure worth trying again; a server that refuses the recipient's address
 * refuses it for good.
 */
final class SmtpMailDelivery implements MailDeliveryPort {

    private final JavaMailSenderImpl sender;
    private final String from;
    private final String messageIdDomain;

    SmtpMailDelivery(JavaMailSenderImpl sender, String from, String messageIdDomain) {
        this.sender = sender;
        this.from = from;
        this.messageIdDomain = messageIdDomain;
    }

    @Override
    public void deliver(MailMessage mail) {
        try {
            sender.send(MimeMessages.of(mail, sender.getSession(), from, messageIdDomain));
        } catch (MessagingException e) {
            throw new MailDeliveryFailed("the e-mail could not be written: " + e.getMessage(), true, e);
        } catch (MailException e) {
            throw new MailDeliveryFailed(describe(e), refusedForGood(e), e);
        }
    }

    /** The server named the recipient's address invalid: sending again cannot help. */
    private static boolean refusedForGood(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

package org.leavenotify.application.mail;

import org.leavenotify.domain.notification.Notification;

/**
 * Writes the e-mail of a notification, in plain text and in HTML (everything from people escaped): the
 * notification's title as the subject, its message, and a link to the request's page in the web client (to
 * the notifications for one about no request), and the link that turns off e-mail of this kind without
 * logging in (also in the {@code List-Unsubscribe} header). English only: the application has no other
 * language yet.
 */
final class MailComposer {

    private final String linkBaseUrl;

    MailComposer(String linkBaseUrl) {
        this.linkBaseUrl = linkBaseUrl;
    }

    MailMessage compose(MailIntent intent, Notification notification, String address, String name,
                        String unsubscribeToken) {
        String unsubscribe = linkBaseUrl + "/api/unsubscribe?token=" + unsubscribeToken;
        String link = notification.leaveRequestId() == null ? linkBaseUrl + "/"
                : linkBaseUrl + "/requests/" + notification.leaveRequestId().value();
        String action = notification.leaveRequestId() == null ? "See your notifications" : "Open the request";
        String text = "Hello " + name + ",\n\n" + notification.message() + "\n\n" + action + ": " + link + "\n\n"
                + "You get this e-mail because you had not read this notification in Leave Notify.\n"
                + "No more e-mails like this one: " + unsubscribe + "\n";
        String html = "<!DOCTYPE html><html><body>"
                + "<p>Hello " + escape(name) + ",</p>"
                + "<p>" + escape(notification.message()) + "</p>"
                + "<p><a href=\"" + escape(link) + "\">" + action + "</a></p>"
                + "<p style=\"color:#666\">You get this e-mail because you had not read this notification in Leave "
                + "Notify. <a href=\"" + escape(unsubscribe) + "\">No more e-mails like this one</a></p></body></html>";
        return new MailMessage(intent.id(), address, name, notification.title(), text, html, unsubscribe);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}

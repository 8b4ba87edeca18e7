package org.leavenotify.application.mail;

import java.time.Duration;

import org.leavenotify.domain.shared.InvalidValue;

/**
 * When and how notifications become e-mails.
 *
 * @param delay        a notification still unread this long after it was stored is e-mailed (read in the browser
 *                     meanwhile: no e-mail)
 * @param claimLease   how long one sender holds an e-mail while it sends it (longer than sending ever takes)
 * @param firstRetry   how long after a failure it is tried again; doubled after each failure up to {@code maxRetry}
 * @param maxRetry     the longest wait between two attempts
 * @param maxAttempts  failures after which an e-mail is dead-lettered (a refusal for good dead-letters at once)
 * @param linkBaseUrl  the web client's address, for the links in the e-mails ({@code https://leave.example.com})
 */
public record MailRules(Duration delay, Duration claimLease, Duration firstRetry, Duration maxRetry, int maxAttempts,
                        String linkBaseUrl) {

    public MailRules {
        if (delay.isNegative() || firstRetry.isZero() || firstRetry.isNegative() || maxRetry.compareTo(firstRetry) < 0
                || claimLease.isZero() || claimLease.isNegative() || maxAttempts < 1) {
            throw new InvalidValue("mail rules out of range: delay " + delay + ", claim lease " + claimLease
                    + ", retries " + firstRetry + " to " + maxRetry + ", " + maxAttempts + " attempts");
        }
        linkBaseUrl = linkBaseUrl.endsWith("/") ? linkBaseUrl.substring(0, linkBaseUrl.length() - 1) : linkBaseUrl;
    }

    /** How long to wait before the attempt that follows {@code failures} failures. */
    public Duration retryAfter(int failures) {
        Duration wait = firstRetry;
        for (int i = 1; i < failures && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}

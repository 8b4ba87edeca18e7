package org.leavenotify.application.mail;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.mail.port.in.SendDueMailsUseCase;
import org.leavenotify.application.mail.port.out.MailAddressPort;
import org.leavenotify.application.mail.port.out.MailDeliveryPort;
import org.leavenotify.application.mail.port.out.MailIntentsPort;
import org.leavenotify.application.notification.port.out.NotificationPreferencesPort;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.application.notification.port.out.UnsubscribeTokensPort;
import org.leavenotify.application.shared.port.out.IdGeneratorPort;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.organisation.Employee;

/**
 * The e-mail channel's sending. The e-mails notifications may become are stored as the notifications are
 * ({@link MailScheduler}). The sweep takes each due e-mail: claims it, looks again whether it is still wanted (unread,
 * the recipient active with an address, this kind wanted by e-mail) and sends it with a link that turns this
 * kind off, or skips it, or gives it back for later when the mail
 * server could not take it, doubling the wait each time; a refusal for good, or too many failures, leaves it
 * dead-lettered for an operator. An e-mail is sent at most once per claim; only a node that dies between the
 * server's acceptance and its own record of it can have it sent a second time, under the same Message-ID.
 */
public final class MailService implements SendDueMailsUseCase {

    private static final System.Logger LOG = System.getLogger(MailService.class.getName());

    private final MailIntentsPort intents;
    private final MailDeliveryPort delivery;
    private final NotificationStorePort notifications;
    private final EmployeeDirectoryPort directory;
    private final MailAddressPort addresses;
    private final NotificationPreferencesPort preferences;
    private final UnsubscribeTokensPort unsubscribeTokens;
    private final IdGeneratorPort ids;
    private final MailRules rules;
    private final MailComposer composer;
    private final Clock clock;

    public MailService(MailIntentsPort intents, MailDeliveryPort delivery, NotificationStorePort notifications,
                       EmployeeDirectoryPort directory, MailAddressPort addresses,
                       NotificationPreferencesPort preferences, UnsubscribeTokensPort unsubscribeTokens,
                       IdGeneratorPort ids, MailRules rules, Clock clock) {
        this.preferences = preferences;
        this.unsubscribeTokens = unsubscribeTokens;
        this.intents = intents;
        this.delivery = delivery;
        this.notifications = notifications;
        this.directory = directory;
        this.addresses = addresses;
        this.ids = ids;
        this.rules = rules;
        this.composer = new MailComposer(rules.linkBaseUrl());
        this.clock = clock;
    }

    @Override
    public int sendDue(int limit) {
        int handled = 0;
        for (MailIntent due : intents.findDue(clock.instant(), limit)) {
            String claimant = ids.nextId();
            Instant now = clock.instant();
            if (!intents.claim(due.id(), claimant, now, now.plus(rules.claimLease()))) {
                continue;
            }
            try {
                // read again: another sender may have tried it since it was found due
                send(intents.findById(due.id()).orElse(due), claimant);
                handled++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "E-mail " + due.id() + " could not be handled now; it is tried again once its "
                        + "claim has ended", e);
            }
        }
        return handled;
    }

    private void send(MailIntent intent, String claimant) {
        Optional<Notification> found = notifications.findById(intent.recipientId(), intent.notificationId());
        Optional<Employee> recipient = directory.findById(intent.recipientId()).filter(Employee::active);
        Optional<String> address = recipient.flatMap(addresses::addressOf);
        String skipped = found.isEmpty() ? "the notification is gone"
                : !found.get().countsAsUnread() ? "read in the app"
                : recipient.isEmpty() ? "the recipient is not active"
                : address.isEmpty() ? "the recipient has no e-mail address"
                : !preferences.preferencesOf(intent.recipientId()).wantsEmail(found.get().type())
                ? "the recipient wants no e-mail of this kind" : null;
        if (skipped != null) {
            intents.settle(intent.id(), claimant, MailState.SKIPPED, skipped, clock.instant());
            return;
        }
        try {
            String unsubscribe = unsubscribeTokens.issue(intent.recipientId(), found.get().type());
            delivery.deliver(composer.compose(intent, found.get(), address.get(), recipient.get().displayName(),
                    unsubscribe));
            intents.settle(intent.id(), claimant, MailState.SENT, "sent", clock.instant());
        } catch (MailDeliveryFailed failed) {
            int failures = intent.attempts() + 1;
            if (failed.isPermanent() || failures >= rules.maxAttempts()) {
                LOG.log(Level.WARNING, "E-mail " + intent.id() + " dead-lettered after " + failures + " attempt(s): "
                        + failed.getMessage());
                intents.settle(intent.id(), claimant, MailState.DEAD, failed.getMessage(), clock.instant());
            } else {
                intents.retryLater(intent.id(), claimant, clock.instant().plus(rules.retryAfter(failures)),
                        failed.getMessage());
            }
        }
    }
}

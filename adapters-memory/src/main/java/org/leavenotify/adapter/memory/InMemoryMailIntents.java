package org.leavenotify.adapter.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.leavenotify.application.mail.MailIntent;
import org.leavenotify.application.mail.MailState;
import org.leavenotify.application.mail.port.out.MailIntentsPort;

/** E-mails to send, in memory; each change is one atomic step on its entry, as in the real store. */
public final class InMemoryMailIntents implements MailIntentsPort {

    private final Map<String, MailIntent> intents = new ConcurrentHashMap<>();

    @Override
    public void schedule(MailIntent intent) {
        intents.putIfAbsent(intent.id(), intent);
    }

    @Override
    public List<MailIntent> findDue(Instant now, int limit) {
        return intents.values().stream()
                .filter(intent -> intent.state() == MailState.PENDING && !intent.nextAttemptAt().isAfter(now))
                .filter(intent -> intent.claimedUntil() == null || !intent.claimedUntil().isAfter(now))
                .sorted(Comparator.comparing(MailIntent::nextAttemptAt).thenComparing(MailIntent::id))
                .limit(limit)
                .toList();
    }

    @Override
    public boolean claim(String id, String claimant, Instant now, Instant until) {
        boolean[] claimed = {false};
        intents.computeIfPresent(id, (key, intent) -> {
            if (intent.state() != MailState.PENDING || intent.nextAttemptAt().isAfter(now)
                    || (intent.claimedUntil() != null && intent.claimedUntil().isAfter(now))) {
                return intent;
            }
            claimed[0] = true;
            return new MailIntent(intent.id(), intent.recipientId(), intent.notificationId(), intent.state(),
                    intent.createdAt(), intent.nextAttemptAt(), intent.attempts(), claimant, until, null, intent.outcome());
        });
        return claimed[0];
    }

    @Override
    public boolean settle(String id, String claimant, MailState state, String outcome, Instant at) {
        return changeIfHeldBy(id, claimant, intent -> new MailIntent(intent.id(), intent.recipientId(),
                intent.notificationId(), state, intent.createdAt(), intent.nextAttemptAt(),
                state == MailState.DEAD ? intent.attempts() + 1 : intent.attempts(), null, null, at, outcome));
    }

    @Override
    public boolean retryLater(String id, String claimant, Instant nextAttemptAt, String failure) {
        return changeIfHeldBy(id, claimant, intent -> new MailIntent(intent.id(), intent.recipientId(),
                intent.notificationId(), MailState.PENDING, intent.createdAt(), nextAttemptAt, intent.attempts() + 1,
                null, null, null, failure));
    }

    @Override
    public Optional<MailIntent> findById(String id) {
        return Optional.ofNullable(intents.get(id));
    }

    @Override
    public int removeSettledBefore(Instant cutoff, int limit) {
        int removed = 0;
        for (MailIntent intent : List.copyOf(intents.values())) {
            if (removed >= limit) {
                break;
            }
            if ((intent.state() == MailState.SENT || intent.state() == MailState.SKIPPED)
                    && intent.settledAt().isBefore(cutoff) && intents.remove(intent.id(), intent)) {
                removed++;
            }
        }
        return removed;
    }

    @Override
    public long count(MailState state) {
        return intents.values().stream().filter(intent -> intent.state() == state).count();
    }

    private boolean changeIfHeldBy(String id, String claimant, UnaryOperator<MailIntent> change) {
        boolean[] changed = {false};
        intents.computeIfPresent(id, (key, intent) -> {
            if (intent.state() != MailState.PENDING || !claimant.equals(intent.claimedBy())) {
                return intent;
            }
            changed[0] = true;
            return change.apply(intent);
        });
        return changed[0];
    }
}

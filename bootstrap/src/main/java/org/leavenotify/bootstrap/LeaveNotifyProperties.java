package org.leavenotify.bootstrap;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's own settings, under {@code leavenotify.*}.
 *
 * @param leave how leave rules are applied
 * @param login how failed logins are throttled
 * @param sessions  how long a sign-in lasts through its refresh tokens
 * @param dispatch  the recovery sweep of the notification outbox
 * @param retention how long read notifications are kept
 * @param demo      the demo organisation of the embedded default
 * @param firstAdministrator the first HR administrator of a fresh installation
 * @param followUp  reminders and escalation of requests that wait for their decision
 * @param mail      when notifications become e-mails (where they go: {@code leavenotify.mail.*} of the mail adapter)
 */
@ConfigurationProperties(prefix = "leavenotify")
public record LeaveNotifyProperties(@DefaultValue Leave leave, @DefaultValue Login login,
                                    @DefaultValue Sessions sessions,
                                    @DefaultValue Dispatch dispatch, @DefaultValue Retention retention,
                                    @DefaultValue Demo demo,
                                    @DefaultValue FirstAdministrator firstAdministrator,
                                    @DefaultValue FollowUp followUp, @DefaultValue Mail mail) {

    /**
     * @param zone               the time zone in which "today" is decided for leave rules
     * @param sickBackdatingDays how many days in the past sick leave may start
     */
    public record Leave(@DefaultValue("UTC") ZoneId zone, @DefaultValue("14") int sickBackdatingDays) {
    }

    /**
     * @param maxFailures  failed logins of one username from one address, within {@code lockDuration}, that lock
     *                     that username for that address until the window ends (other addresses are not affected;
     *                     the limit per address is {@code leavenotify.limits.login-failures-per-address})
     * @param lockDuration the window those failures are counted in
     */
    public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("5m") Duration lockDuration) {
    }

    /**
     * @param refreshIdle a refresh token not used within this ends the sign-in (the client renews its access
     *                    token, of {@code leavenotify.jwt.lifetime}, well before)
     * @param refreshMax  a sign-in ends this long after the password was given, however often it is renewed
     */
    public record Sessions(@DefaultValue("7d") Duration refreshIdle, @DefaultValue("30d") Duration refreshMax) {
    }

    /**
     * @param sweepInterval how often undispatched outbox events are looked for (crash recovery)
     * @param sweepBatch    how many requests one sweep dispatches at most
     */
    public record Dispatch(@DefaultValue("5s") Duration sweepInterval, @DefaultValue("500") int sweepBatch) {
    }

    /**
     * @param readNotifications read notifications created longer ago than this are removed (at least a
     *                          day); unread ones are never removed
     * @param sweepInterval     how often the retention sweep runs (it reads every bucket on the embedded store)
     * @param sweepBatch        how many notifications one sweep removes at most
     */
    public record Retention(@DefaultValue("400d") Duration readNotifications, @DefaultValue("1h") Duration sweepInterval,
                            @DefaultValue("5000") int sweepBatch) {
    }

    /**
     * @param enabled create the demo users (alice, carol, bob, hana; password "demo") when the store has
     *                none of them. Unset: only on the embedded default (the in-process embedded store or the
     *                in-memory one), never in a store given by URI; true: also in a store given by URI (for
     *                throw-away test clusters); refused under the prod profile
     */
    public record Demo(Boolean enabled) {
    }

    /**
     * @param username     the username of the first HR administrator, made at start-up while no active HR
     *                     administrator exists; unset: nothing is made
     * @param displayName  their name as shown
     * @param passwordFile a file holding their first password, readable by its owner only (delete it once they
     *                     have signed in and changed it)
     */
    public record FirstAdministrator(String username, @DefaultValue("HR administrator") String displayName,
                                     java.nio.file.Path passwordFile) {
    }

    /**
     * @param remindAfterWorkingDays   a request still pending this many working days after it was submitted
     *                                 reminds its decider (HR when it has none)
     * @param escalateAfterWorkingDays after this many it goes up to the decider's own manager (HR when there is
     *                                 none), who may then decide it; more than {@code remindAfterWorkingDays}
     * @param sweepInterval            how often every node looks for requests due a follow-up (each step is
     *                                 taken once across nodes); {@code 0} turns reminders and escalation off
     * @param sweepPage                how many requests are read at a time while looking
     */
    /**
     * @param delay         a notification still unread this long after it was stored is e-mailed to its recipient
     * @param linkBaseUrl   the web client's public address, for the links in the e-mails
     * @param sweepInterval how often every node sends the e-mails that are due; {@code 0}: none is ever sent
     * @param sweepBatch    how many e-mails one sweep handles at most
     * @param claimLease    how long one node holds an e-mail while it sends it
     * @param firstRetry    how long after a failure to send an e-mail it is tried again, doubled after each
     *                      failure up to {@code maxRetry}
     * @param maxRetry      the longest wait between two attempts
     * @param maxAttempts   failures after which an e-mail is dead-lettered (a server's refusal for good: at once)
     * @param keepSent      e-mails sent or skipped are forgotten this long after (checked with the retention
     *                      sweep, {@code leavenotify.retention.sweep-interval}); dead-lettered ones are kept
     */
    public record Mail(@DefaultValue("10m") Duration delay, @DefaultValue("http://localhost:8080") String linkBaseUrl,
                       @DefaultValue("30s") Duration sweepInterval, @DefaultValue("100") int sweepBatch,
                       @DefaultValue("2m") Duration claimLease, @DefaultValue("1m") Duration firstRetry,
                       @DefaultValue("30m") Duration maxRetry, @DefaultValue("100") int maxAttempts,
                       @DefaultValue("30d") Duration keepSent) {
    }

    public record FollowUp(@DefaultValue("2") int remindAfterWorkingDays, @DefaultValue("5") int escalateAfterWorkingDays,
                           @DefaultValue("15m") Duration sweepInterval, @DefaultValue("200") int sweepPage) {
    }
}

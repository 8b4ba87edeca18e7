package org.leavenotify.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.contract.UnsubscribeTokensContract;
import org.leavenotify.application.notification.port.out.UnsubscribeTokensPort;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;

/** The signed unsubscribe tokens: the contract, their expiry, and that they are no pass and need no pass. */
class JwtUnsubscribeTokensTest extends UnsubscribeTokensContract {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final EmployeeId BOB = new EmployeeId("bob");
    private static final JwtProperties PROPERTIES = new JwtProperties(HandMadeTokens.SECRET, null, null, "leave-notify",
            "leave-notify-api", Duration.ofMinutes(15), Duration.ofSeconds(30), 0);
    private static final SigningKeys KEYS = SigningKeys.single(new SecretKeySpec(HandMadeTokens.KEY, "HmacSHA256"));

    private static JwtUnsubscribeTokens at(Instant now) {
        return new JwtUnsubscribeTokens(KEYS, PROPERTIES, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Override
    protected UnsubscribeTokensPort tokens() {
        return at(NOW);
    }

    @Test
    void aLinkWorksForSixtyDays() {
        String token = at(NOW).issue(BOB, NotificationType.LEAVE_REQUEST_SUBMITTED);

        assertThat(at(NOW.plus(Duration.ofDays(59))).verify(token)).isPresent();
        assertThat(at(NOW.plus(Duration.ofDays(61))).verify(token)).isEmpty();
    }

    @Test
    void anUnsubscribeTokenIsNoPassAndAPassIsNoUnsubscribeToken() {
        JwtAccessTokenAdapter passes = new JwtAccessTokenAdapter(KEYS, PROPERTIES, Clock.fixed(NOW, ZoneOffset.UTC));
        String unsubscribe = at(NOW).issue(BOB, NotificationType.LEAVE_REQUEST_SUBMITTED);
        String pass = passes.issue(BOB, Set.of(Role.EMPLOYEE), 0).value();

        assertThatThrownBy(() -> passes.verify(unsubscribe)).isInstanceOf(AuthenticationFailed.class);
        assertThat(at(NOW).verify(pass)).isEmpty();
    }

    @Test
    void aLinkSignedWithAKeyThatWasRotatedOutStillWorksWhileThatKeyIsAccepted() {
        SecretKeySpec old = new SecretKeySpec(HandMadeTokens.OTHER_KEY, "HmacSHA256");
        String token = new JwtUnsubscribeTokens(SigningKeys.single(old), PROPERTIES, Clock.fixed(NOW, ZoneOffset.UTC))
                .issue(BOB, NotificationType.MANAGER_CHANGED);
        SigningKeys rotated = new SigningKeys(new SecretKeySpec(HandMadeTokens.KEY, "HmacSHA256"), List.of(old));

        assertThat(new JwtUnsubscribeTokens(rotated, PROPERTIES, Clock.fixed(NOW, ZoneOffset.UTC)).verify(token))
                .isPresent();
        assertThat(at(NOW).verify(token)).isEmpty();
    }
}

package org.leavenotify.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavenotify.domain.organisation.PasswordTooWeak;

/** The passwords an outside review got accepted, and some that must keep being accepted. */
class ZxcvbnPasswordStrengthTest {

    private final ZxcvbnPasswordStrength strength = new ZxcvbnPasswordStrength();
    private final List<String> alice = List.of("alice", "Alice Archer", "Alice", "Archer", "leave", "notify",
            "leavenotify");

    @Test
    void commonRepeatedAndContextPasswordsAreRefused() {
        for (String weak : List.of("password12", "aaaaaaaaaa", "alicealice", "alice12345", "AliceArcher1",
                "leavenotify1", "qwertyuiop", "1234567890", "iloveyou123", "Password2026!")) {
            assertThatThrownBy(() -> strength.requireHardToGuess(weak, alice)).as(weak)
                    .isInstanceOf(PasswordTooWeak.class)
                    .hasMessageStartingWith("this password is too easy to guess");
        }
    }

    @Test
    void passwordsHardToGuessAreAccepted() {
        for (String strong : List.of("correct horse battery staple", "a much better password",
                "plum-kettle-orbit-38", "Vr7#qLx9!mZ2")) {
            assertThatCode(() -> strength.requireHardToGuess(strong, alice)).as(strong).doesNotThrowAnyException();
        }
    }
}

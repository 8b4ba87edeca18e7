package org.leavenotify.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.leavenotify.domain.shared.InvalidValue;

/** Password hashes with BCrypt (the lowest cost, 4, keeps the test fast; production uses 10). */
class BCryptPasswordHasherTest {

    private final BCryptPasswordHasher hasher = new BCryptPasswordHasher(4);

    @Test
    void aHashMatchesItsPasswordOnly() {
        String hash = hasher.hash("demo");

        assertThat(hash).startsWith("$2a$04$").doesNotContain("demo");
        assertThat(hasher.matches("demo", hash)).isTrue();
        assertThat(hasher.matches("Demo", hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(hasher.hash("demo")).isNotEqualTo(hasher.hash("demo"));
    }

    @Test
    void aHashInAnotherFormatNeverMatches() {
        assertThat(hasher.matches("demo", "0123abcd$not-bcrypt")).isFalse();
    }

    @Test
    void aPasswordLongerThanBCryptCanReadNeverMatchesAndCannotBeSet() {
        String tooLong = "p".repeat(73);

        assertThat(hasher.matches(tooLong, hasher.hash("p".repeat(72)))).isFalse();
        assertThatThrownBy(() -> hasher.hash(tooLong)).isInstanceOf(InvalidValue.class);
    }
}

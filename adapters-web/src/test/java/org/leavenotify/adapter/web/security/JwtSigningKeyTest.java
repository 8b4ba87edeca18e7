package org.leavenotify.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Where the signing key comes from, and which secrets are refused. */
@ExtendWith(OutputCaptureExtension.class)
class JwtSigningKeyTest {

    private static JwtProperties secret(String secret) {
        return new JwtProperties(secret, null, null, "leave-notify", "leave-notify-api", Duration.ofMinutes(60),
                Duration.ofSeconds(30), 0);
    }

    private static String randomBase64(int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void withoutASecretTheEmbeddedDefaultMakesARandom256BitKeyAndWarnsOnce(CapturedOutput output) {
        SecretKey first = JwtSigningKey.from(secret(""), false, new SecureRandom());
        SecretKey second = JwtSigningKey.from(secret(null), false, new SecureRandom());

        assertThat(first.getEncoded()).hasSize(32);
        assertThat(first.getEncoded()).isNotEqualTo(second.getEncoded());
        assertThat(output.getOut()).contains("WARN")
                .contains("tokens will not survive a restart");
        assertThat(output.getOut().lines().filter(line -> line.contains("No JWT secret configured")))
                .hasSize(2);
    }

    @Test
    void aConfiguredSecretIsTheKey() {
        String configured = randomBase64(32);

        assertThat(JwtSigningKey.from(secret(configured), true, new SecureRandom()).getEncoded())
                .isEqualTo(Base64.getDecoder().decode(configured));
    }

    @Test
    void aBase64UrlSecretIsAcceptedToo() {
        byte[] key = new byte[48];
        String configured;
        do {
            new SecureRandom().nextBytes(key);
            configured = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        } while (configured.indexOf('-') < 0 && configured.indexOf('_') < 0);

        assertThat(JwtSigningKey.from(secret(configured), true, new SecureRandom()).getEncoded()).isEqualTo(key);
    }

    @Test
    void theProductionProfileRefusesToStartWithoutASecretAndSaysWhatToSet() {
        assertThatThrownBy(() -> JwtSigningKey.from(secret(" "), true, new SecureRandom()))
                .isInstanceOf(JwtSecretRejected.class)
                .hasMessageContaining("No JWT secret is configured")
                .hasMessageContaining("JWT_SECRET")
                .hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void aSecretShorterThan256BitsIsRefusedInEveryProfile() {
        String weak = randomBase64(31);

        assertThatThrownBy(() -> JwtSigningKey.from(secret(weak), true, new SecureRandom()))
                .isInstanceOf(JwtSecretRejected.class)
                .hasMessageContaining("248 bits")
                .hasMessageContaining("JWT_SECRET");
        assertThatThrownBy(() -> JwtSigningKey.from(secret(weak), false, new SecureRandom()))
                .isInstanceOf(JwtSecretRejected.class);
    }

    @Test
    void aLongEnoughKeyMadeOfOneRepeatedCharacterIsRefusedUnderProdAndWarnedAboutElsewhere(CapturedOutput output) {
        byte[] repeated = new byte[32];
        Arrays.fill(repeated, (byte) 'a');
        String weak = Base64.getEncoder().encodeToString(repeated);

        assertThatThrownBy(() -> JwtSigningKey.from(secret(weak), true, new SecureRandom()))
                .isInstanceOf(JwtSecretRejected.class)
                .hasMessageContaining("about 0 bits of entropy")
                .hasMessageContaining("openssl rand -base64 32");
        assertThat(JwtSigningKey.from(secret(weak), false, new SecureRandom()).getEncoded()).isEqualTo(repeated);
        assertThat(output.getOut()).contains("WARN").contains("looks made by hand");
    }

    @Test
    void aShortPatternRepeatedIsRefusedUnderProdAndRandomKeysNeverAre() {
        String pattern = Base64.getEncoder().encodeToString("abcdabcdabcdabcdabcdabcdabcdabcdabcdabcd".getBytes());

        assertThatThrownBy(() -> JwtSigningKey.from(secret(pattern), true, new SecureRandom()))
                .isInstanceOf(JwtSecretRejected.class);
        for (int i = 0; i < 1_000; i++) {
            assertThat(JwtSigningKey.estimatedEntropyBits(Base64.getDecoder().decode(randomBase64(32))))
                    .isGreaterThan(JwtSigningKey.MIN_ENTROPY_BITS);
        }
    }

    @Test
    void aSecretThatIsNotBase64IsRefused() {
        assertThatThrownBy(() -> JwtSigningKey.from(secret("this is a password, not a key!!"), false,
                new SecureRandom()))
                .isInstanceOf(JwtSecretRejected.class)
                .hasMessageContaining("not valid base64");
    }

    @Test
    void thePropertiesNeverPrintTheSecret() {
        String configured = randomBase64(32);

        assertThat(secret(configured).toString()).doesNotContain(configured).contains("(set)");
    }
}

package org.leavenotify.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signing key kept in a file on the embedded default: made once, owner-only, the same at every start. */
class SigningKeyFileTest {

    @TempDir
    Path data;

    private static JwtProperties keyFile(Path file) {
        return new JwtProperties("", null, file, "leave-notify", "leave-notify-api", Duration.ofMinutes(15),
                Duration.ofSeconds(30), 0);
    }

    @Test
    void theKeyIsMadeOnceOwnerOnlyAndTheSameAtTheNextStart() throws IOException {
        Path file = data.resolve("nested/jwt-signing-key");

        byte[] first = JwtSigningKey.from(keyFile(file), false, new SecureRandom()).getEncoded();
        byte[] afterRestart = JwtSigningKey.from(keyFile(file), false, new SecureRandom()).getEncoded();

        assertThat(first).hasSize(32).isEqualTo(afterRestart);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aKeyFileOthersMayReadStopsStartUp() throws IOException {
        Path file = data.resolve("jwt-signing-key");
        JwtSigningKey.from(keyFile(file), false, new SecureRandom());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> JwtSigningKey.from(keyFile(file), false, new SecureRandom()))
                .isInstanceOf(JwtSecretRejected.class).hasMessageContaining("chmod 600");
    }

    @Test
    void aKeyFileWithoutAUsableKeyStopsStartUp() throws IOException {
        Path notBase64 = data.resolve("not-base64");
        Path tooShort = data.resolve("too-short");
        for (Path file : new Path[] {notBase64, tooShort}) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(notBase64, "not a key!");
        Files.writeString(tooShort, "c2hvcnQ=");

        assertThatThrownBy(() -> JwtSigningKey.from(keyFile(notBase64), false, new SecureRandom()))
                .isInstanceOf(JwtSecretRejected.class).hasMessageContaining("base64");
        assertThatThrownBy(() -> JwtSigningKey.from(keyFile(tooShort), false, new SecureRandom()))
                .isInstanceOf(JwtSecretRejected.class).hasMessageContaining("at least 256");
    }

    @Test
    void productionNeverFallsBackToTheFile() {
        Path file = data.resolve("jwt-signing-key");

        assertThatThrownBy(() -> JwtSigningKey.from(keyFile(file), true, new SecureRandom()))
                .isInstanceOf(JwtSecretRejected.class);
        assertThat(file).doesNotExist();
    }
}

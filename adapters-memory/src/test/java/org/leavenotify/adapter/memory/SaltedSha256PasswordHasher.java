package org.leavenotify.adapter.memory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.leavenotify.application.auth.port.out.PasswordHasherPort;

/**
 * A salted SHA-256 hasher for in-process tests only: fast, so tests need not wait for BCrypt. Real
 * deployments use the BCrypt adapter.
 */
public final class SaltedSha256PasswordHasher implements PasswordHasherPort {

    private final SecureRandom random = new SecureRandom();

    @Override
    public String hash(String rawPassword) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        String saltHex = HexFormat.of().formatHex(salt);
        return saltHex + "$" + digest(saltHex, rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        int separator = hash.indexOf('$');
        if (separator < 0) {
            return false;
        }
        String expected = hash.substring(separator + 1);
        String actual = digest(hash.substring(0, separator), rawPassword);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                actual.getBytes(StandardCharsets.US_ASCII));
    }

    private static String digest(String salt, String raw) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((salt + raw).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

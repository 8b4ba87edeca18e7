package org.leavenotify.adapter.web.security;

import java.nio.charset.StandardCharsets;

import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.domain.shared.InvalidValue;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Passwords hashed with BCrypt (salted, deliberately slow). BCrypt only reads the first 72 bytes of a
 * password, and Spring Security refuses longer ones: such a password is refused when hashed, and never
 * matches, after the same amount of work as a wrong one.
 */
final class BCryptPasswordHasher implements PasswordHasherPort {

    static final int DEFAULT_STRENGTH = 10;
    private static final int MAX_BYTES = 72;

    private final BCryptPasswordEncoder encoder;
    private final String tooLongStandIn;

    BCryptPasswordHasher(int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
        this.tooLongStandIn = encoder.encode("stand-in for passwords BCrypt cannot read");
    }

    @Override
    public String hash(String rawPassword) {
        if (tooLong(rawPassword)) {
            throw new InvalidValue("a password may have at most " + MAX_BYTES + " bytes");
        }
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        if (tooLong(rawPassword)) {
            encoder.matches("not the password", tooLongStandIn);
            return false;
        }
        return encoder.matches(rawPassword, hash);
    }

    private static boolean tooLong(String rawPassword) {
        return rawPassword.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}

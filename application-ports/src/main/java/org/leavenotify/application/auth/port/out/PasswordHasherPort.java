package org.leavenotify.application.auth.port.out;

/** One-way, salted, deliberately slow password hashing (BCrypt in production). */
public interface PasswordHasherPort {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);
}

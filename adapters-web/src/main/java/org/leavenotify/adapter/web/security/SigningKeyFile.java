package org.leavenotify.adapter.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A signing key kept in a file, so that a restart of a single node logs nobody out: made once at random and
 * written with owner-only permissions (created that way, never widened afterwards), read back at every later
 * start. A file others may read, or one that holds no usable key, stops start-up, as SSH refuses a private
 * key others can read.
 */
final class SigningKeyFile {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKeyFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SigningKeyFile() {
    }

    static byte[] readOrCreate(Path file, SecureRandom random) {
        try {
            if (Files.notExists(file)) {
                try {
                    create(file, random);
                    LOG.info("Made a JWT signing key in {} (readable by its owner only); tokens survive restarts",
                            file);
                } catch (FileAlreadyExistsException madeMeanwhile) {
                    LOG.debug("Another process made {} first; reading it", file);
                }
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the JWT key file " + file, e);
        }
    }

    private static void create(Path file, SecureRandom random) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        byte[] key = new byte[JwtSigningKey.MIN_BITS / 8];
        random.nextBytes(key);
        byte[] text = (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
        Path written = posix(file) ? Files.createFile(file, ownerOnly()) : Files.createFile(file);
        Files.write(written, text);
    }

    private static byte[] read(Path file) throws IOException {
        if (posix(file)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                throw new JwtSecretRejected("The JWT key file " + file + " may be read by others ("
                        + PosixFilePermissions.toString(permissions) + "); allow its owner only: chmod 600 " + file);
            }
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            throw new JwtSecretRejected("The JWT key file " + file + " does not hold a base64 key");
        }
        if (key.length * 8 < JwtSigningKey.MIN_BITS) {
            throw new JwtSecretRejected("The JWT key file " + file + " holds " + key.length * 8 + " bits; HS256 needs "
                    + "at least " + JwtSigningKey.MIN_BITS);
        }
        return key;
    }

    private static boolean posix(Path file) {
        Path existing = file.toAbsolutePath();
        while (existing != null && Files.notExists(existing)) {
            existing = existing.getParent();
        }
        return existing != null
                && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(OWNER_ONLY);
    }
}

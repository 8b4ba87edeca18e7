package org.leavenotify.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.leavenotify.application.administration.port.in.CreateFirstAdministratorUseCase;
import org.leavenotify.application.administration.port.in.CreateFirstAdministratorUseCase.FirstAdministratorCommand;
import org.leavenotify.domain.organisation.AnAdministratorExists;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.shared.DomainRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * The first HR administrator of a fresh installation (docs/administration.md, "The first administrator"),
 * from {@code leavenotify.first-administrator.*}: made at start-up only while no active HR administrator
 * exists, with the password in a file only its owner may read (never a password in a setting, never a
 * default one). Once one exists the settings do nothing, and the file can be deleted. A password the
 * checks refuse, or a file others may read, stops the start with the reason.
 */
final class FirstAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final LeaveNotifyProperties.FirstAdministrator settings;
    private final CreateFirstAdministratorUseCase create;

    FirstAdministrator(LeaveNotifyProperties.FirstAdministrator settings, CreateFirstAdministratorUseCase create) {
        this.settings = settings;
        this.create = create;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.username() == null || settings.username().isBlank()) {
            return;
        }
        String password = readPassword(settings.passwordFile());
        try {
            Employee made = create.createFirstAdministrator(new FirstAdministratorCommand(settings.username().strip(),
                    settings.displayName(), password));
            LOG.warn("Created the first HR administrator '{}'. Sign in with the password of {}, then delete that file "
                    + "and the leavenotify.first-administrator settings", made.username(), settings.passwordFile());
        } catch (AnAdministratorExists exists) {
            LOG.info("First administrator '{}' not created: an active HR administrator exists already (the "
                    + "leavenotify.first-administrator settings can be removed)", settings.username());
        } catch (DomainRefusal refused) {
            throw new IllegalStateException("The first administrator cannot be created: " + refused.getMessage(), refused);
        }
    }

    private static String readPassword(Path file) {
        if (file == null) {
            throw new IllegalStateException("leavenotify.first-administrator.password-file is required with "
                    + "leavenotify.first-administrator.username: a file holding the first password, readable by "
                    + "its owner only");
        }
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")
                    && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
                throw new IllegalStateException("The first administrator's password file " + file + " may be read by "
                        + "others; allow its owner only: chmod 600 " + file);
            }
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) {
                throw new IllegalStateException("The first administrator's password file " + file + " is empty");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the first administrator's password file " + file, e);
        }
    }
}

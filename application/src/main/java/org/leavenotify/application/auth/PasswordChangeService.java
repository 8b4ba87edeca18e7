package org.leavenotify.application.auth;

import java.util.Optional;

import org.leavenotify.application.auth.port.in.ChangeOwnPasswordUseCase;
import org.leavenotify.application.auth.port.out.CredentialStorePort;
import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.domain.leave.EmployeeNotFound;
import org.leavenotify.domain.organisation.CurrentPasswordIncorrect;
import org.leavenotify.domain.organisation.Employee;

/**
 * An employee changes their own password. The current password is checked against the stored hash (one
 * hash's work, as a login, and throttled as logins are), the new one against the policy, then the new hash
 * replaces the old one.
 */
public final class PasswordChangeService implements ChangeOwnPasswordUseCase {

    private final EmployeeDirectoryPort directory;
    private final CredentialStorePort credentials;
    private final PasswordHasherPort hasher;
    private final LoginThrottle throttle;
    private final NewPasswords newPasswords;
    private final SessionRevocation sessions;

    public PasswordChangeService(EmployeeDirectoryPort directory, CredentialStorePort credentials,
                                 PasswordHasherPort hasher, LoginThrottle throttle, NewPasswords newPasswords,
                                 SessionRevocation sessions) {
        this.newPasswords = newPasswords;
        this.sessions = sessions;
        this.directory = directory;
        this.credentials = credentials;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    @Override
    public void changePassword(ChangeOwnPasswordCommand command) {
        Employee employee = directory.findById(command.employee()).filter(Employee::active)
                .orElseThrow(() -> new EmployeeNotFound(command.employee()));
        String account = employee.id().value();
        Optional<LoginThrottle.Refusal> refused = throttle.checkPassword(account, command.clientAddress());
        if (refused.isPresent()) {
            throw refused.get().failure();
        }
        Optional<StoredCredentials> stored = credentials.findByUsername(employee.username())
                .filter(found -> found.employeeId().equals(employee.id()));
        if (stored.isEmpty() || !hasher.matches(command.currentPassword(), stored.get().passwordHash())) {
            throttle.passwordCheckFailed(account, command.clientAddress());
            throw new CurrentPasswordIncorrect();
        }
        throttle.passwordCheckSucceeded(account, command.clientAddress());
        String hash = hasher.hash(newPasswords.checkChange(command.newPassword(), employee.username(),
                employee.displayName(), stored.get().passwordHash(), hasher));
        credentials.save(new StoredCredentials(employee.username(), employee.id(), hash));
        // every earlier token ends, the caller's own included: it signs in again with the new password
        sessions.endEverySessionOf(employee.id(), SessionRevocation.REVOKED_REASON);
    }
}

package org.leavenotify.application.administration;

import org.leavenotify.application.administration.port.in.SetPasswordUseCase;
import org.leavenotify.application.auth.NewPasswords;
import org.leavenotify.application.auth.SessionRevocation;
import org.leavenotify.application.auth.StoredCredentials;
import org.leavenotify.application.auth.port.out.CredentialStorePort;
import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.ReportingLines;

/** HR sets someone's password (a reset): checked like any new password, and their earlier sessions end. */
public final class PasswordResetService implements SetPasswordUseCase {

    private final CredentialStorePort credentials;
    private final PasswordHasherPort hasher;
    private final NewPasswords newPasswords;
    private final SessionRevocation sessions;
    private final HrChecks checks;

    public PasswordResetService(EmployeeDirectoryPort directory, CredentialStorePort credentials,
                                PasswordHasherPort hasher, NewPasswords newPasswords, SessionRevocation sessions) {
        this.credentials = credentials;
        this.hasher = hasher;
        this.newPasswords = newPasswords;
        this.sessions = sessions;
        this.checks = new HrChecks(directory);
    }

    @Override
    public void setPassword(SetPasswordCommand command) {
        checks.administrator(command.actor());
        Employee employee = checks.existing(command.employee());
        ReportingLines.requireActive(employee);
        String hash = hasher.hash(newPasswords.check(command.newPassword(), employee.username(),
                employee.displayName()));
        credentials.save(new StoredCredentials(employee.username(), employee.id(), hash));
        sessions.endEverySessionOf(employee.id(), SessionRevocation.REVOKED_REASON);
    }
}

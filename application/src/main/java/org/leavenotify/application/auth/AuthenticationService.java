package org.leavenotify.application.auth;

import java.util.Optional;

import org.leavenotify.application.auth.port.in.AuthenticateAccessTokenUseCase;
import org.leavenotify.application.auth.port.in.LogInUseCase;
import org.leavenotify.application.auth.port.out.AccessTokenPort;
import org.leavenotify.application.auth.port.out.AccessTokenPort.VerifiedToken;
import org.leavenotify.application.auth.port.out.CredentialStorePort;
import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.application.auth.port.out.SessionGenerationsPort;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.PasswordUnchanged;

/** Logging in and checking tokens. */
public final class AuthenticationService implements LogInUseCase, AuthenticateAccessTokenUseCase {

    private static final String BEARER = "Bearer ";

    private final CredentialStorePort credentials;
    private final PasswordHasherPort hasher;
    private final AccessTokenPort tokens;
    private final EmployeeDirectoryPort directory;
    private final LoginThrottle throttle;
    private final SessionGenerationsPort generations;
    private final NewPasswords newPasswords;
    private final String dummyHash;

    /** Without {@code newPasswords}, a password that must be changed can never sign in. */
    public AuthenticationService(CredentialStorePort credentials, PasswordHasherPort hasher, AccessTokenPort tokens,
                                 EmployeeDirectoryPort directory, LoginThrottle throttle,
                                 SessionGenerationsPort generations) {
        this(credentials, hasher, tokens, directory, throttle, generations, null);
    }

    /** @param newPasswords checks the new password given with one that must be changed at this sign-in */
    public AuthenticationService(CredentialStorePort credentials, PasswordHasherPort hasher, AccessTokenPort tokens,
                                 EmployeeDirectoryPort directory, LoginThrottle throttle,
                                 SessionGenerationsPort generations, NewPasswords newPasswords) {
        this.newPasswords = newPasswords;
        this.generations = generations;
        this.credentials = credentials;
        this.hasher = hasher;
        this.tokens = tokens;
        this.directory = directory;
        this.throttle = throttle;
        this.dummyHash = hasher.hash("a password nobody has: it only makes unknown users cost the same");
    }

    /**
     * Always hashes once, against the stored hash or a dummy one, so an unknown username costs as much
     * as a wrong password. A username locked for the caller's address, or an address that failed too often,
     * is refused without checking the password.
     */
    @Override
    public AccessToken logIn(LogInCommand command) {
        Employee employee = checkCredentials(command);
        return tokens.issue(employee.id(), employee.roles(), generations.current(employee.id()));
    }

    @Override
    public Employee checkCredentials(LogInCommand command) {
        String username = command.username();
        Optional<LoginThrottle.Refusal> refused = throttle.checkLogin(username, command.clientAddress());
        if (refused.isPresent()) {
            throw refused.get().failure();
        }
        Optional<StoredCredentials> stored = credentials.findByUsername(username);
        boolean matches = hasher.matches(command.password(), stored.map(StoredCredentials::passwordHash).orElse(dummyHash));
        Optional<Employee> employee = stored.filter(found -> matches)
                .flatMap(found -> directory.findById(found.employeeId()))
                .filter(Employee::active);
        if (employee.isEmpty()) {
            throttle.loginFailed(username, command.clientAddress());
            throw new AuthenticationFailed(AuthenticationFailed.Reason.BAD_CREDENTIALS);
        }
        throttle.loginSucceeded(username, command.clientAddress());
        if (stored.get().mustChange()) {
            replaceFirstPassword(stored.get(), employee.get(), command.newPassword());
        }
        return employee.get();
    }

    /**
     * A password set by someone else for a first sign-in (the first administrator's) signs in only together
     * with a new one of its owner's, checked like every new password; from then on only the new one works.
     */
    private void replaceFirstPassword(StoredCredentials stored, Employee owner, String newPassword) {
        if (newPassword == null || newPasswords == null) {
            throw new AuthenticationFailed(AuthenticationFailed.Reason.PASSWORD_CHANGE_REQUIRED);
        }
        String checked = newPasswords.check(newPassword, owner.username(), owner.displayName());
        if (hasher.matches(checked, stored.passwordHash())) {
            throw new PasswordUnchanged();
        }
        credentials.save(new StoredCredentials(stored.username(), stored.employeeId(), hasher.hash(checked)));
    }

    /** Accepts the token with or without its {@code Bearer } prefix. */
    @Override
    public AuthenticatedUser authenticate(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank()) {
            throw new AuthenticationFailed(AuthenticationFailed.Reason.MISSING_TOKEN);
        }
        String token = bearerToken.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? bearerToken.substring(BEARER.length()).strip() : bearerToken.strip();
        if (token.isEmpty()) {
            throw new AuthenticationFailed(AuthenticationFailed.Reason.MISSING_TOKEN);
        }
        VerifiedToken verified = tokens.verify(token);
        Employee employee = directory.findById(verified.subject()).filter(Employee::active)
                .orElseThrow(() -> new AuthenticationFailed(AuthenticationFailed.Reason.INACTIVE_USER));
        if (verified.generation() != generations.current(employee.id())) {
            throw new AuthenticationFailed(AuthenticationFailed.Reason.REVOKED_TOKEN);
        }
        return new AuthenticatedUser(employee.id(), employee.roles(), verified.expiresAt(), verified.generation());
    }

    /**
     * Whether a session opened by {@code user} may go on: its person is still active and their sessions
     * were not ended since. Asked again and again for open STOMP sessions, which are authenticated once.
     */
    @Override
    public boolean stillValid(AuthenticatedUser user) {
        return directory.findById(user.employeeId()).filter(Employee::active).isPresent()
                && generations.current(user.employeeId()) == user.generation();
    }
}

package org.leavenotify.application.administration;

import java.util.List;
import java.util.Optional;

import org.leavenotify.application.administration.port.in.CreateFirstAdministratorUseCase;
import org.leavenotify.application.administration.port.out.OrganisationStorePort;
import org.leavenotify.application.auth.NewPasswords;
import org.leavenotify.application.auth.StoredCredentials;
import org.leavenotify.application.auth.port.out.CredentialStorePort;
import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.ReportingLines;
import org.leavenotify.domain.organisation.Role;
import org.leavenotify.domain.organisation.UsernameTaken;

/**
 * The first HR administrator of an installation. The rule (only while no active HR administrator exists) is
 * the domain's; the store's atomic insert makes two nodes starting at once with the same settings create
 * them once: the one that loses the insert finds the administrator the other made.
 */
public final class FirstAdministratorService implements CreateFirstAdministratorUseCase {

    private final OrganisationStorePort organisation;
    private final CredentialStorePort credentials;
    private final PasswordHasherPort hasher;
    private final NewPasswords newPasswords;

    public FirstAdministratorService(OrganisationStorePort organisation, CredentialStorePort credentials,
                                     PasswordHasherPort hasher, NewPasswords newPasswords) {
        this.organisation = organisation;
        this.credentials = credentials;
        this.hasher = hasher;
        this.newPasswords = newPasswords;
    }

    /**
     * Creates the first administrator, or completes one whose creation stopped between the employee and
     * the password (the employee stored, no password): that account cannot be signed in to by anyone, so
     * giving it the configured password takes nothing from anybody.
     */
    @Override
    public Employee createFirstAdministrator(FirstAdministratorCommand command) {
        List<Employee> everyone = organisation.findAll();
        Optional<Employee> halfMade = everyone.stream()
                .filter(employee -> employee.username().equals(command.username()) && employee.active()
                        && employee.hasRole(Role.HR_ADMIN))
                .findFirst()
                .filter(employee -> credentials.findByUsername(employee.username()).isEmpty());
        if (halfMade.isPresent()) {
            credentials.save(new StoredCredentials(command.username(), halfMade.get().id(), hashOf(command), true));
            return halfMade.get();
        }
        Employee administrator = ReportingLines.firstAdministrator(command.username(), command.displayName(), everyone);
        String hash = hashOf(command);
        try {
            organisation.insert(administrator);
        } catch (UsernameTaken taken) {
            // another node made them a moment ago, or the username belongs to someone else
            ReportingLines.firstAdministrator(command.username(), command.displayName(), organisation.findAll());
            throw taken;
        }
        // the operator's password opens the first sign-in only, together with a new one of the administrator's
        credentials.save(new StoredCredentials(administrator.username(), administrator.id(), hash, true));
        return administrator;
    }

    private String hashOf(FirstAdministratorCommand command) {
        return hasher.hash(newPasswords.check(command.password(), command.username(), command.displayName()));
    }
}

package org.leavenotify.application.administration;

import java.util.List;

import org.leavenotify.application.administration.port.in.ChangeRolesUseCase;
import org.leavenotify.application.administration.port.out.OrganisationStorePort;
import org.leavenotify.application.auth.SessionRevocation;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.ReportingLines;

/**
 * Giving someone other roles, as one revision of the organisation (a manager with active reports keeps the
 * manager role); tokens carry roles, so the person's earlier sessions are ended when the roles change.
 */
public final class ChangingRolesService implements ChangeRolesUseCase {

    private final SessionRevocation sessions;
    private final ReportingLines lines;
    private final OrganisationRevisions revisions;
    private final HrChecks checks;

    public ChangingRolesService(EmployeeDirectoryPort directory, OrganisationStorePort organisation,
                                SessionRevocation sessions) {
        this.sessions = sessions;
        this.lines = new ReportingLines(Directories.people(directory));
        this.revisions = new OrganisationRevisions(organisation);
        this.checks = new HrChecks(directory);
    }

    private record RoleChange(Employee before, Employee after) {
        boolean changesAnything() {
            return !after.roles().equals(before.roles());
        }
    }

    @Override
    public Employee changeRoles(ChangeRolesCommand command) {
        RoleChange change = revisions.change(() -> {
            Employee actor = checks.administrator(command.actor());
            Employee before = checks.existing(command.employee());
            RoleChange planned = new RoleChange(before, lines.changeRoles(actor, before, command.roles()));
            return new OrganisationRevisions.Planned<>(planned.changesAnything()
                    ? OrganisationChange.saving(planned.after(), List.of()) : OrganisationChange.none(), planned);
        });
        if (change.changesAnything()) {
            sessions.endEverySessionOf(change.after().id(), SessionRevocation.REVOKED_REASON);
        }
        return change.after();
    }
}

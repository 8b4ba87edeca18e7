package org.leavenotify.application.administration;

import java.util.List;

import org.leavenotify.application.administration.port.in.DeactivateEmployeeUseCase;
import org.leavenotify.application.administration.port.out.OrganisationStorePort;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.auth.SessionRevocation;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.ReportingLines;

/**
 * Letting people go ({@code letting_people_go.feature}): the employee is saved inactive as one revision of the
 * organisation, then their sessions are ended: every token check reads whether the owner is still active,
 * and the generation moves on too, so that a reactivation would not revive old tokens.
 */
public final class LettingPeopleGoService implements DeactivateEmployeeUseCase {

    /** The text of the error that closes a deactivated person's live sessions (a STOMP ERROR frame). */
    public static final String DEACTIVATED_REASON = AuthenticationFailed.Reason.INACTIVE_USER.name() + ": "
            + AuthenticationFailed.Reason.INACTIVE_USER.description();

    private final SessionRevocation sessions;
    private final ReportingLines lines;
    private final OrganisationRevisions revisions;
    private final HrChecks checks;

    public LettingPeopleGoService(EmployeeDirectoryPort directory, OrganisationStorePort organisation,
                                  SessionRevocation sessions) {
        this.sessions = sessions;
        this.lines = new ReportingLines(Directories.people(directory));
        this.revisions = new OrganisationRevisions(organisation);
        this.checks = new HrChecks(directory);
    }

    @Override
    public Employee deactivate(DeactivateEmployeeCommand command) {
        Employee deactivated = revisions.change(() -> {
            Employee actor = checks.administrator(command.actor());
            Employee employee = checks.existing(command.employee());
            Employee changed = lines.deactivate(actor, employee);
            return new OrganisationRevisions.Planned<>(changed != employee
                    ? OrganisationChange.saving(changed, List.of()) : OrganisationChange.none(), changed);
        });
        sessions.endEverySessionOf(deactivated.id(), DEACTIVATED_REASON);
        return deactivated;
    }
}

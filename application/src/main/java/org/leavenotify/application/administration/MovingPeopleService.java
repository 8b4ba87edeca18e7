package org.leavenotify.application.administration;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;

import org.leavenotify.application.administration.port.in.ChangeManagerUseCase;
import org.leavenotify.application.administration.port.in.CompleteOrganisationChangesUseCase;
import org.leavenotify.application.administration.port.out.OrganisationStorePort;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.shared.port.out.IdGeneratorPort;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.ManagerChange;
import org.leavenotify.domain.organisation.ReportingLines;
import org.leavenotify.domain.shared.EventId;

/**
 * Moving people between teams ({@code moving_people_between_teams.feature}). A move is one revision of the
 * organisation ({@link OrganisationRevisions}): the employee is saved with its {@code ManagerChanged} event in
 * their outbox (one atomic write), then the move is completed at once by the
 * {@link CompleteOrganisationChangesUseCase} (pending requests to the new manager, who is told); if that fails
 * the move still stands and the recovery sweep completes it.
 */
public final class MovingPeopleService implements ChangeManagerUseCase {

    private static final System.Logger LOG = System.getLogger(MovingPeopleService.class.getName());

    private final CompleteOrganisationChangesUseCase changes;
    private final IdGeneratorPort ids;
    private final Clock clock;
    private final ReportingLines lines;
    private final OrganisationRevisions revisions;
    private final HrChecks checks;

    public MovingPeopleService(EmployeeDirectoryPort directory, OrganisationStorePort organisation,
                               CompleteOrganisationChangesUseCase changes, IdGeneratorPort ids, Clock clock) {
        this.changes = changes;
        this.ids = ids;
        this.clock = clock;
        this.lines = new ReportingLines(Directories.people(directory));
        this.revisions = new OrganisationRevisions(organisation);
        this.checks = new HrChecks(directory);
    }

    @Override
    public Employee changeManager(ChangeManagerCommand command) {
        ManagerChange change = revisions.change(() -> {
            Employee actor = checks.administrator(command.actor());
            Employee employee = checks.existing(command.employee());
            ManagerChange result = lines.changeManager(actor, employee, command.newManager(),
                    new EventId(ids.nextId()), clock.instant());
            OrganisationChange writes = result.event()
                    .map(event -> OrganisationChange.saving(result.employee(), List.of(event)))
                    .orElse(OrganisationChange.none());
            return new OrganisationRevisions.Planned<>(writes, result);
        });
        if (change.event().isPresent()) {
            try {
                changes.complete(command.employee());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The move of " + command.employee() + " is saved but its consequences could "
                        + "not be completed now; the recovery sweep will complete them", e);
            }
        }
        return change.employee();
    }
}

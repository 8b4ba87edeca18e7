package org.leavenotify.application.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leavenotify.application.demo.DemoOrganisation.HANA;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.HrDesk;
import org.leavenotify.application.InMemoryApplication;
import org.leavenotify.application.administration.port.in.ChangeManagerUseCase.ChangeManagerCommand;
import org.leavenotify.application.administration.port.in.CreateEmployeeUseCase.CreateEmployeeCommand;
import org.leavenotify.application.administration.port.in.DeactivateEmployeeUseCase.DeactivateEmployeeCommand;
import org.leavenotify.application.administration.port.out.OrganisationStorePort;
import org.leavenotify.application.auth.SessionRevocation;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.NotAnActiveManager;
import org.leavenotify.domain.organisation.ReportingCycle;
import org.leavenotify.domain.organisation.Role;

/**
 * Two nodes (two administration services over one store) making HR changes at the same moment: each
 * change is checked against the organisation as the revision it commits as leaves it, so two changes that
 * each pass the rules alone but break them together cannot both be made. The second node's change is held
 * just before it commits, the first node's is made meanwhile, exactly as two requests racing would.
 */
class OrganisationChangesAcrossNodesTest {

    private static final EmployeeId DAN = new EmployeeId("dan");
    private static final EmployeeId ERIN = new EmployeeId("erin");
    private static final EmployeeId FRANK = new EmployeeId("frank");

    private final InMemoryApplication app = new InMemoryApplication();
    private final HrDesk nodeOne = app.administration;

    @Test
    void oppositeMovesAtOnceOnTwoNodesNeverBuildAReportingCycle() {
        hire("dan", Role.MANAGER, null);
        hire("erin", Role.MANAGER, null);
        HrDesk nodeTwo = nodeThatIsOvertakenBy(() ->
                nodeOne.changeManager(new ChangeManagerCommand(HANA, DAN, ERIN)));

        assertThatThrownBy(() -> nodeTwo.changeManager(new ChangeManagerCommand(HANA, ERIN, DAN)))
                .isInstanceOf(ReportingCycle.class);

        assertThat(managerOf(DAN)).isEqualTo(ERIN);
        assertThat(managerOf(ERIN)).isNull();
    }

    @Test
    void aNewReportUnderAManagerDeactivatedAtOnceOnAnotherNodeIsRefused() {
        hire("dan", Role.MANAGER, null);
        HrDesk nodeTwo = nodeThatIsOvertakenBy(() ->
                nodeOne.deactivate(new DeactivateEmployeeCommand(HANA, DAN)));

        assertThatThrownBy(() -> nodeTwo.create(command("frank", Role.EMPLOYEE, DAN)))
                .isInstanceOf(NotAnActiveManager.class);

        assertThat(app.directory.findById(DAN)).get().extracting(Employee::active).isEqualTo(false);
        assertThat(app.directory.findById(FRANK)).isEmpty();
    }

    @Test
    void aChangeWhoseNodeStoppedBeforeWritingItIsFinishedByTheNextChangeOnAnyNode() {
        Employee frank = new Employee(FRANK, "frank", "Frank", Set.of(Role.EMPLOYEE), null, true);
        long before = app.directory.revision().number();
        assertThat(app.directory.takeRevision(before, OrganisationChange.hiring(List.of(frank)))).isTrue();

        hire("erin", Role.MANAGER, null);

        assertThat(app.directory.findById(FRANK)).contains(frank);
        assertThat(app.directory.findById(ERIN)).isPresent();
        assertThat(app.directory.revision().number()).isEqualTo(before + 2);
        assertThat(app.directory.revision().pending()).isEmpty();
    }

    @Test
    void theRecoverySweepFinishesAChangeWhoseNodeStopped() {
        Employee frank = new Employee(FRANK, "frank", "Frank", Set.of(Role.EMPLOYEE), null, true);
        app.directory.takeRevision(app.directory.revision().number(), OrganisationChange.hiring(List.of(frank)));
        OrganisationRevisions sweep = new OrganisationRevisions(app.directory);

        assertThat(sweep.finishPending(10)).isEqualTo(1);
        assertThat(sweep.finishPending(10)).isZero();
        assertThat(app.directory.findById(FRANK)).contains(frank);
    }

    private EmployeeId managerOf(EmployeeId employee) {
        return app.directory.findById(employee).orElseThrow().managerId();
    }

    private void hire(String username, Role role, EmployeeId manager) {
        nodeOne.create(command(username, role, manager));
    }

    private static CreateEmployeeCommand command(String username, Role role, EmployeeId manager) {
        return new CreateEmployeeCommand(HANA, username, username.substring(0, 1).toUpperCase() + username.substring(1),
                Set.of(role), manager, WorkingDays.of(25), null);
    }

    /** A second node over the same store whose first change, just before it commits, lets {@code meanwhile} happen. */
    private HrDesk nodeThatIsOvertakenBy(Runnable meanwhile) {
        AtomicBoolean overtaken = new AtomicBoolean();
        OrganisationStorePort store = (OrganisationStorePort) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {OrganisationStorePort.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("takeRevision") && overtaken.compareAndSet(false, true)) {
                        meanwhile.run();
                    }
                    try {
                        return method.invoke(app.directory, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new HrDesk(app.directory, store, app.allowances, app.requests, app.ledgers,
                app.credentials, app.hasher, app.newPasswords,
                new SessionRevocation(app.sessionGenerations, app.sessionTermination), app.organisationChanges, app.ids,
                app.policy, app.clock);
    }
}

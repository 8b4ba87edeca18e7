package org.leavenotify.application;

import java.time.Clock;
import java.util.List;

import org.leavenotify.application.administration.AllowancesService;
import org.leavenotify.application.administration.ChangingRolesService;
import org.leavenotify.application.administration.LettingPeopleGoService;
import org.leavenotify.application.administration.MovingPeopleService;
import org.leavenotify.application.administration.PasswordResetService;
import org.leavenotify.application.administration.PeopleQueryService;
import org.leavenotify.application.administration.TakingPeopleOnService;
import org.leavenotify.application.administration.port.in.ChangeAllowanceUseCase;
import org.leavenotify.application.administration.port.in.ChangeManagerUseCase;
import org.leavenotify.application.administration.port.in.ChangeRolesUseCase;
import org.leavenotify.application.administration.port.in.CompleteOrganisationChangesUseCase;
import org.leavenotify.application.administration.port.in.CreateEmployeeUseCase;
import org.leavenotify.application.administration.port.in.DeactivateEmployeeUseCase;
import org.leavenotify.application.administration.port.in.EmployeesQuery;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase;
import org.leavenotify.application.administration.port.in.SetPasswordUseCase;
import org.leavenotify.application.administration.port.out.OrganisationStorePort;
import org.leavenotify.application.auth.NewPasswords;
import org.leavenotify.application.auth.SessionRevocation;
import org.leavenotify.application.auth.port.out.CredentialStorePort;
import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.application.leave.port.out.LeaveLedgerPort;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.shared.port.out.IdGeneratorPort;
import org.leavenotify.domain.leave.LeaveBalance;
import org.leavenotify.domain.leave.LeavePolicy;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;

/**
 * For tests: every HR use case at one desk, each served by its own service as in the application (taking
 * people on, moving them, letting them go, roles, allowances, password resets, the people list).
 */
public final class HrDesk implements CreateEmployeeUseCase, ImportEmployeesUseCase, ChangeManagerUseCase,
        ChangeRolesUseCase, ChangeAllowanceUseCase, DeactivateEmployeeUseCase, SetPasswordUseCase, EmployeesQuery {

    private final TakingPeopleOnService takingPeopleOn;
    private final MovingPeopleService movingPeople;
    private final LettingPeopleGoService lettingPeopleGo;
    private final ChangingRolesService changingRoles;
    private final AllowancesService allowances;
    private final PasswordResetService passwordReset;
    private final PeopleQueryService people;

    public HrDesk(EmployeeDirectoryPort directory, OrganisationStorePort organisation, LeaveAllowancePort allowanceStore,
                  LeaveRequestRepositoryPort requests, LeaveLedgerPort ledgers, CredentialStorePort credentials,
                  PasswordHasherPort hasher, NewPasswords newPasswords, SessionRevocation sessions,
                  CompleteOrganisationChangesUseCase changes, IdGeneratorPort ids, LeavePolicy policy, Clock clock) {
        takingPeopleOn = new TakingPeopleOnService(directory, organisation, allowanceStore, credentials, hasher,
                newPasswords, policy, clock);
        movingPeople = new MovingPeopleService(directory, organisation, changes, ids, clock);
        lettingPeopleGo = new LettingPeopleGoService(directory, organisation, sessions);
        changingRoles = new ChangingRolesService(directory, organisation, sessions);
        allowances = new AllowancesService(directory, allowanceStore, requests, ledgers);
        passwordReset = new PasswordResetService(directory, credentials, hasher, newPasswords, sessions);
        people = new PeopleQueryService(directory, organisation, allowanceStore, policy, clock);
    }

    @Override
    public Employee create(CreateEmployeeCommand command) {
        return takingPeopleOn.create(command);
    }

    @Override
    public List<Employee> importEmployees(ImportEmployeesCommand command) {
        return takingPeopleOn.importEmployees(command);
    }

    @Override
    public Employee changeManager(ChangeManagerCommand command) {
        return movingPeople.changeManager(command);
    }

    @Override
    public Employee changeRoles(ChangeRolesCommand command) {
        return changingRoles.changeRoles(command);
    }

    @Override
    public LeaveBalance changeAllowance(ChangeAllowanceCommand command) {
        return allowances.changeAllowance(command);
    }

    @Override
    public Employee deactivate(DeactivateEmployeeCommand command) {
        return lettingPeopleGo.deactivate(command);
    }

    @Override
    public void setPassword(SetPasswordCommand command) {
        passwordReset.setPassword(command);
    }

    @Override
    public List<Employee> allEmployees(EmployeeId actor) {
        return people.allEmployees(actor);
    }

    @Override
    public EmployeeRecord employee(EmployeeId actor, EmployeeId employeeId) {
        return people.employee(actor, employeeId);
    }
}

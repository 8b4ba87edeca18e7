package org.leavenotify.acceptance.inprocess;

import static org.leavenotify.acceptance.inprocess.InProcessWorld.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.leavenotify.acceptance.steps.Administration;
import org.leavenotify.acceptance.steps.ListRefused;
import org.leavenotify.acceptance.steps.NewEmployee;
import org.leavenotify.acceptance.steps.Persona;
import org.leavenotify.acceptance.steps.Refusal;
import org.leavenotify.acceptance.steps.Refused;
import org.leavenotify.application.InMemoryApplication;
import org.leavenotify.application.administration.EmployeeImportRejected.LineError;
import org.leavenotify.application.administration.EmployeeImportRejected;
import org.leavenotify.application.administration.port.in.AddPublicHolidayUseCase.AddPublicHolidayCommand;
import org.leavenotify.application.administration.port.in.AddPublicHolidayUseCase;
import org.leavenotify.application.administration.port.in.ChangeManagerUseCase.ChangeManagerCommand;
import org.leavenotify.application.administration.port.in.ChangeManagerUseCase;
import org.leavenotify.application.administration.port.in.CreateEmployeeUseCase.CreateEmployeeCommand;
import org.leavenotify.application.administration.port.in.CreateEmployeeUseCase;
import org.leavenotify.application.administration.port.in.DeactivateEmployeeUseCase.DeactivateEmployeeCommand;
import org.leavenotify.application.administration.port.in.DeactivateEmployeeUseCase;
import org.leavenotify.application.administration.port.in.EmployeesQuery;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase.EmployeeLine;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase.ImportEmployeesCommand;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase;
import org.leavenotify.application.administration.port.in.RemovePublicHolidayUseCase.RemovePublicHolidayCommand;
import org.leavenotify.application.administration.port.in.RemovePublicHolidayUseCase;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.DomainRefusal;

/** HR running the organisation, in-process: the administration use cases by their incoming ports. */
class InProcessAdministration implements Administration {

    private final CreateEmployeeUseCase hiring;
    private final ImportEmployeesUseCase importing;
    private final ChangeManagerUseCase moving;
    private final DeactivateEmployeeUseCase lettingGo;
    private final EmployeesQuery people;
    private final AddPublicHolidayUseCase addingHolidays;
    private final RemovePublicHolidayUseCase removingHolidays;
    private final InMemoryApplication app;

    InProcessAdministration(InProcessWorld world) {
        this.hiring = world.app().administration;
        this.importing = world.app().administration;
        this.moving = world.app().administration;
        this.lettingGo = world.app().administration;
        this.people = world.app().administration;
        this.addingHolidays = world.app().holidays;
        this.removingHolidays = world.app().holidays;
        this.app = world.app();
    }

    @Override
    public void addEmployee(Persona hr, NewEmployee employee) {
        refusing(() -> hiring.create(new CreateEmployeeCommand(id(hr), employee.username(),
                employee.displayName(), roles(employee.roles()), idOrNull(employee.managerUsername()),
                WorkingDays.of(employee.annualDays()), employee.password())));
    }

    @Override
    public List<String> addFromList(Persona hr, List<NewEmployee> people) {
        List<EmployeeLine> lines = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            NewEmployee person = people.get(i);
            lines.add(new EmployeeLine(i + 1, person.username(), person.displayName(), String.join("|", person.roles()),
                    person.managerUsername() == null ? "" : person.managerUsername(),
                    Integer.toString(person.annualDays()), person.password()));
        }
        try {
            return importing.importEmployees(new ImportEmployeesCommand(id(hr), lines)).stream()
                    .map(Employee::username).toList();
        } catch (EmployeeImportRejected rejected) {
            throw new ListRefused(rejected.errors().stream().map(LineError::line).distinct().toList(),
                    rejected.getMessage());
        } catch (DomainRefusal refusal) {
            throw new Refused(Refusal.fromCode(refusal.code()), refusal.getMessage());
        }
    }

    @Override
    public void moveToTeam(Persona actor, Persona who, Persona manager) {
        refusing(() -> moving.changeManager(new ChangeManagerCommand(id(actor), id(who), id(manager))));
    }

    @Override
    public void deactivate(Persona hr, Persona who) {
        refusing(() -> lettingGo.deactivate(new DeactivateEmployeeCommand(id(hr), id(who))));
    }

    @Override
    public boolean exists(String username) {
        return app.directory.findByUsername(username).isPresent();
    }

    @Override
    public String managerOf(Persona who) {
        EmployeeId manager = people.employee(id(Persona.HANA), id(who)).employee()
                .managerId();
        return manager == null ? null : manager.value();
    }

    @Override
    public void declareHoliday(Persona hr, LocalDate date, String name) {
        refusing(() -> addingHolidays.addHoliday(new AddPublicHolidayCommand(id(hr), date, name)));
    }

    @Override
    public void removeHoliday(Persona hr, LocalDate date) {
        refusing(() -> removingHolidays.removeHoliday(new RemovePublicHolidayCommand(id(hr), date)));
    }
}

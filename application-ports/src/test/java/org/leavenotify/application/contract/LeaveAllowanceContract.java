package org.leavenotify.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.WorkingDays;

/** What every {@link LeaveAllowancePort} must do. */
public abstract class LeaveAllowanceContract {

    private LeaveAllowancePort allowances;

    /** The adapter under test, holding no allowances. */
    protected abstract LeaveAllowancePort emptyAllowances();

    @BeforeEach
    void startEmpty() {
        allowances = emptyAllowances();
    }

    @Test
    void anAllowanceThatWasNeverSetIsNoDays() {
        assertThat(allowances.annualAllowance(Employees.ALICE, 2026)).isEqualTo(WorkingDays.NONE);
    }

    @Test
    void anAllowanceIsKeptPerEmployeeAndYearToTheHalfDay() {
        allowances.setAnnualAllowance(Employees.ALICE, 2026, new WorkingDays(51));
        allowances.setAnnualAllowance(Employees.ALICE, 2027, WorkingDays.of(20));
        allowances.setAnnualAllowance(Employees.CAROL, 2026, WorkingDays.of(30));

        assertThat(allowances.annualAllowance(Employees.ALICE, 2026)).isEqualTo(new WorkingDays(51));
        assertThat(allowances.annualAllowance(Employees.ALICE, 2027)).isEqualTo(WorkingDays.of(20));
        assertThat(allowances.annualAllowance(Employees.CAROL, 2026)).isEqualTo(WorkingDays.of(30));
        assertThat(allowances.annualAllowance(Employees.CAROL, 2027)).isEqualTo(WorkingDays.NONE);
    }

    @Test
    void settingAnAllowanceAgainReplacesIt() {
        allowances.setAnnualAllowance(Employees.ALICE, 2026, WorkingDays.of(25));

        allowances.setAnnualAllowance(Employees.ALICE, 2026, WorkingDays.of(10));

        assertThat(allowances.annualAllowance(Employees.ALICE, 2026)).isEqualTo(WorkingDays.of(10));
    }
}

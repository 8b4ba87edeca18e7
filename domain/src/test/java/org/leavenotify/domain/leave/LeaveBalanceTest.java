package org.leavenotify.domain.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavenotify.domain.leave.LeaveRequests.MONDAY;
import static org.leavenotify.domain.leave.LeaveRequests.aRequest;

import java.util.List;

import org.junit.jupiter.api.Test;

class LeaveBalanceTest {

    @Test
    void approvedDaysAreUsedAndPendingDaysAreReserved() {
        LeaveRequest approved = LeaveRequests.anApprovedRequest();
        LeaveRequest pending = aRequest().from(MONDAY.plusDays(7), MONDAY.plusDays(7)).submit();

        LeaveBalance balance = LeaveBalance.of(Employees.ALICE, LeaveType.ANNUAL, 2026, WorkingDays.of(25),
                List.of(approved, pending));

        assertThat(balance.used()).isEqualTo(WorkingDays.of(3));
        assertThat(balance.reserved()).isEqualTo(WorkingDays.of(1));
        assertThat(balance.remaining()).isEqualByComparingTo("21");
    }

    @Test
    void otherYearsTypesAndEmployeesDoNotCount() {
        LeaveRequest carols = aRequest().by(Employees.carol()).submit();
        LeaveRequest unpaid = aRequest().ofType(LeaveType.UNPAID).submit();

        LeaveBalance balance = LeaveBalance.of(Employees.ALICE, LeaveType.ANNUAL, 2026, WorkingDays.of(25),
                List.of(carols, unpaid));
        LeaveBalance nextYear = LeaveBalance.of(Employees.ALICE, LeaveType.UNPAID, 2027, null, List.of(unpaid));

        assertThat(balance.remaining()).isEqualByComparingTo("25");
        assertThat(nextYear.reserved().isZero()).isTrue();
    }

    @Test
    void typesWithoutAllowanceHaveNoRemainingAndCoverAnything() {
        LeaveBalance sick = LeaveBalance.of(Employees.ALICE, LeaveType.SICK, 2026, null, List.of());

        assertThat(sick.hasAllowance()).isFalse();
        assertThat(sick.remaining()).isNull();
        assertThat(sick.covers(WorkingDays.of(300))).isTrue();
    }

    @Test
    void halfDaysAreCountedExactly() {
        LeaveRequest halfDay = aRequest().over(new LeavePeriod(MONDAY, MONDAY, true, false)).submit();

        LeaveBalance balance = LeaveBalance.of(Employees.ALICE, LeaveType.ANNUAL, 2026, WorkingDays.of(25), List.of(halfDay));

        assertThat(balance.remaining()).isEqualByComparingTo("24.5");
    }
}

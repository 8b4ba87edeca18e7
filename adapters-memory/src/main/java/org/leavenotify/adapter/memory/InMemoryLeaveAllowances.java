package org.leavenotify.adapter.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.EmployeeId;

/** Annual-leave allowances in memory. */
public final class InMemoryLeaveAllowances implements LeaveAllowancePort {

    private record Key(EmployeeId employee, int year) {
    }

    private final Map<Key, WorkingDays> allowances = new ConcurrentHashMap<>();

    @Override
    public WorkingDays annualAllowance(EmployeeId employee, int year) {
        return allowances.getOrDefault(new Key(employee, year), WorkingDays.NONE);
    }

    @Override
    public void setAnnualAllowance(EmployeeId employee, int year, WorkingDays allowance) {
        allowances.put(new Key(employee, year), allowance);
    }
}

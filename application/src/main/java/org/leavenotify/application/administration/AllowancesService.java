package org.leavenotify.application.administration;

import org.leavenotify.application.administration.port.in.ChangeAllowanceUseCase;
import org.leavenotify.application.leave.LeaveLedger;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.application.leave.port.out.LeaveLedgerPort;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.shared.Retry;
import org.leavenotify.domain.leave.LeaveBalance;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.organisation.Allowances;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.ReportingLines;

/**
 * Setting someone's annual-leave allowance of a year. The annual leave approved and pending in that year is
 * counted from the employee's ledger, and the new allowance recorded there by a write conditional on the
 * version read (read again if a booking got in first): a submission racing this change is checked either
 * against the new allowance or before it, never both against the old one. Then the allowance store gets
 * the new value too.
 */
public final class AllowancesService implements ChangeAllowanceUseCase {

    private final LeaveAllowancePort allowances;
    private final LeaveRequestRepositoryPort requests;
    private final LeaveLedgerPort ledgers;
    private final HrChecks checks;

    public AllowancesService(EmployeeDirectoryPort directory, LeaveAllowancePort allowances,
                             LeaveRequestRepositoryPort requests, LeaveLedgerPort ledgers) {
        this.allowances = allowances;
        this.requests = requests;
        this.ledgers = ledgers;
        this.checks = new HrChecks(directory);
    }

    @Override
    public LeaveBalance changeAllowance(ChangeAllowanceCommand command) {
        checks.administrator(command.actor());
        Employee employee = checks.existing(command.employee());
        ReportingLines.requireActive(employee);
        LeaveBalance booked = Retry.onConcurrentUpdate(() -> {
            LeaveLedger ledger = ledgers.ledgerOf(employee.id(), command.year());
            LeaveBalance balance = Allowances.requireCoversBookedLeave(LeaveBalance.of(employee.id(), LeaveType.ANNUAL,
                    command.year(), command.allowance(), ledger.asTheyStand(requests.findByIds(ledger.bookedIds()))));
            ledgers.setAllowance(ledger, command.allowance());
            return balance;
        });
        allowances.setAnnualAllowance(employee.id(), command.year(), command.allowance());
        return booked;
    }
}

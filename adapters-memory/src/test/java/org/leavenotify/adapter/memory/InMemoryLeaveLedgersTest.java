package org.leavenotify.adapter.memory;

import org.leavenotify.application.contract.LeaveLedgerContract;
import org.leavenotify.application.leave.port.out.LeaveLedgerPort;

class InMemoryLeaveLedgersTest extends LeaveLedgerContract {

    @Override
    protected LeaveLedgerPort emptyLedgers() {
        return new InMemoryLeaveLedgers();
    }
}

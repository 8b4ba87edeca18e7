package org.leavenotify.adapter.memory;

import org.leavenotify.application.contract.OutboxClaimContract;
import org.leavenotify.application.notification.port.out.OutboxClaimPort;

class InMemoryOutboxClaimsTest extends OutboxClaimContract {

    @Override
    protected OutboxClaimPort emptyClaims() {
        return new InMemoryOutboxClaims();
    }
}

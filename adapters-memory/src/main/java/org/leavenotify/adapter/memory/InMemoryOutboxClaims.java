package org.leavenotify.adapter.memory;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.leavenotify.application.notification.port.out.OutboxClaimPort;
import org.leavenotify.domain.leave.LeaveRequestId;

/** Outbox claims in memory: enough for dispatchers sharing one process, as in tests. */
public final class InMemoryOutboxClaims implements OutboxClaimPort {

    private record Claim(String claimant, Instant until) {
    }

    private final Map<LeaveRequestId, Claim> claims = new ConcurrentHashMap<>();

    @Override
    public boolean claim(LeaveRequestId request, String claimant, Instant now, Instant until) {
        Claim mine = new Claim(claimant, until);
        Claim result = claims.compute(request,
                (id, current) -> current == null || !current.until().isAfter(now) ? mine : current);
        return result == mine;
    }

    @Override
    public void release(LeaveRequestId request, String claimant) {
        claims.computeIfPresent(request, (id, current) -> current.claimant().equals(claimant) ? null : current);
    }
}

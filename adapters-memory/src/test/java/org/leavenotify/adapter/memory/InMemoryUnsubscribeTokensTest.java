package org.leavenotify.adapter.memory;

import org.leavenotify.application.contract.UnsubscribeTokensContract;
import org.leavenotify.application.notification.port.out.UnsubscribeTokensPort;

class InMemoryUnsubscribeTokensTest extends UnsubscribeTokensContract {

    private final InMemoryUnsubscribeTokens tokens = new InMemoryUnsubscribeTokens();

    @Override
    protected UnsubscribeTokensPort tokens() {
        return tokens;
    }
}

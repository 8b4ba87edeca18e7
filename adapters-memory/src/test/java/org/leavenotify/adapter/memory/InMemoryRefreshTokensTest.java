package org.leavenotify.adapter.memory;

import org.leavenotify.application.auth.port.out.RefreshTokensPort;
import org.leavenotify.application.contract.RefreshTokensContract;

class InMemoryRefreshTokensTest extends RefreshTokensContract {

    @Override
    protected RefreshTokensPort emptyTokens() {
        return new InMemoryRefreshTokens();
    }
}

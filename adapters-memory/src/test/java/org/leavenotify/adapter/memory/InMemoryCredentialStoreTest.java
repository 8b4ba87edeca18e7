package org.leavenotify.adapter.memory;

import org.leavenotify.application.contract.CredentialStoreContract;
import org.leavenotify.application.auth.port.out.CredentialStorePort;

class InMemoryCredentialStoreTest extends CredentialStoreContract {

    @Override
    protected CredentialStorePort emptyCredentialStore() {
        return new InMemoryCredentialStore();
    }
}

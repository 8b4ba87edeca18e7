package org.leavenotify.adapter.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.leavenotify.application.auth.StoredCredentials;
import org.leavenotify.application.auth.port.out.CredentialStorePort;

/** Password hashes in memory. */
public final class InMemoryCredentialStore implements CredentialStorePort {

    private final Map<String, StoredCredentials> credentials = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredCredentials> findByUsername(String username) {
        return Optional.ofNullable(credentials.get(username));
    }

    @Override
    public void save(StoredCredentials stored) {
        credentials.put(stored.username(), stored);
    }
}

package org.leavenotify.application.auth.port.out;

import java.util.Optional;

import org.leavenotify.application.auth.StoredCredentials;

/** Where password hashes are kept, by username. */
public interface CredentialStorePort {

    Optional<StoredCredentials> findByUsername(String username);

    /** Adds or replaces the credentials of a username. */
    void save(StoredCredentials credentials);
}

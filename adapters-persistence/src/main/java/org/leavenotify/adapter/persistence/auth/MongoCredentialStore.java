package org.leavenotify.adapter.persistence.auth;

import java.util.Optional;

import org.leavenotify.adapter.persistence.MongoCalls;
import org.leavenotify.application.auth.StoredCredentials;
import org.leavenotify.application.auth.port.out.CredentialStorePort;
import org.leavenotify.domain.organisation.EmployeeId;

/** Password hashes on MongoDB, looked up by username ({@code _id}). */
final class MongoCredentialStore implements CredentialStorePort {

    static final String COLLECTION = "credentials";

    private final SpringDataCredentialRepository credentials;

    MongoCredentialStore(SpringDataCredentialRepository credentials) {
        this.credentials = credentials;
    }

    @Override
    public Optional<StoredCredentials> findByUsername(String username) {
        return MongoCalls.call("looking up credentials", () -> credentials.findById(username)
                .map(stored -> new StoredCredentials(stored.username(), new EmployeeId(stored.employeeId()),
                        stored.passwordHash(), Boolean.TRUE.equals(stored.mustChange()))));
    }

    @Override
    public void save(StoredCredentials stored) {
        MongoCalls.run("saving credentials", () -> credentials.save(new CredentialsDocument(stored.username(),
                stored.employeeId().value(), stored.passwordHash(), stored.mustChange())));
    }
}

package org.leavenotify.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.auth.StoredCredentials;
import org.leavenotify.application.auth.port.out.CredentialStorePort;
import org.leavenotify.domain.leave.Employees;

/** What every {@link CredentialStorePort} must do. */
public abstract class CredentialStoreContract {

    private static final String HASH = "$2a$10$abcdefghijklmnopqrstuu1234567890123456789012345678901";

    private CredentialStorePort credentials;

    /** The adapter under test, holding no credentials. */
    protected abstract CredentialStorePort emptyCredentialStore();

    @BeforeEach
    void startEmpty() {
        credentials = emptyCredentialStore();
    }

    @Test
    void savedCredentialsAreFoundByUsername() {
        StoredCredentials alice = new StoredCredentials("alice", Employees.ALICE, HASH);

        credentials.save(alice);

        assertThat(credentials.findByUsername("alice")).contains(alice);
    }

    @Test
    void aPasswordToChangeAtTheNextSignInIsKeptAsSuchUntilReplaced() {
        credentials.save(new StoredCredentials("hana", Employees.HANA, HASH, true));
        assertThat(credentials.findByUsername("hana")).hasValueSatisfying(found -> assertThat(found.mustChange()).isTrue());

        credentials.save(new StoredCredentials("hana", Employees.HANA, HASH));

        assertThat(credentials.findByUsername("hana")).hasValueSatisfying(found -> assertThat(found.mustChange()).isFalse());
    }

    @Test
    void usernamesAreComparedExactly() {
        credentials.save(new StoredCredentials("alice", Employees.ALICE, HASH));

        assertThat(credentials.findByUsername("Alice")).isEmpty();
        assertThat(credentials.findByUsername("bob")).isEmpty();
    }

    @Test
    void savingAUsernameAgainReplacesItsCredentials() {
        credentials.save(new StoredCredentials("alice", Employees.ALICE, HASH));
        StoredCredentials changed = new StoredCredentials("alice", Employees.ALICE, "another-hash");

        credentials.save(changed);

        assertThat(credentials.findByUsername("alice")).contains(changed);
    }
}

package org.leavenotify.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.shared.ConcurrentUpdate;
import org.leavenotify.application.shared.StoreUnavailable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.mongodb.UncategorizedMongoDbException;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;

class MongoCallsTest {

    @Test
    void anUnreachableStoreBecomesStoreUnavailable() {
        for (RuntimeException unreachable : new RuntimeException[] {
                new DataAccessResourceFailureException("timed out", new MongoTimeoutException("no server")),
                new QueryTimeoutException("slow"),
                new MongoTimeoutException("no server selected within 2000 ms"),
                new UncategorizedMongoDbException("odd", new MongoSocketReadException("gone", new ServerAddress()))}) {
            assertThatThrownBy(() -> MongoCalls.call("saving something", () -> {
                throw unreachable;
            })).isInstanceOf(StoreUnavailable.class)
                    .hasMessageContaining("saving something")
                    .hasCause(unreachable);
        }
    }

    @Test
    void otherFailuresPassThroughUnchanged() {
        DuplicateKeyException duplicate = new DuplicateKeyException("dup");
        ConcurrentUpdate conflict = new ConcurrentUpdate("changed");

        assertThatThrownBy(() -> MongoCalls.run("inserting", () -> {
            throw duplicate;
        })).isSameAs(duplicate);
        assertThatThrownBy(() -> MongoCalls.run("saving", () -> {
            throw conflict;
        })).isSameAs(conflict);
    }

    @Test
    void aSuccessfulCallReturnsItsResult() {
        assertThat(MongoCalls.call("counting", () -> 3L)).isEqualTo(3L);
    }
}

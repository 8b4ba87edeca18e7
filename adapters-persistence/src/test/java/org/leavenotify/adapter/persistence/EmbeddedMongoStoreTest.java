package org.leavenotify.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class EmbeddedMongoStoreTest {

    @Test
    void aSecondStoreOnTheSameDataDirectoryRefusesToOpen() {
        Path dataDir = MongoStores.freshDataDir("lock");
        try (EmbeddedMongoStore first = EmbeddedMongoStore.start(dataDir, 0)) {

            assertThatThrownBy(() -> EmbeddedMongoStore.start(dataDir, 0).close())
                    .hasStackTraceContaining(EmbeddedMongoStore.FILE_NAME);

            assertThat(first.connectionString()).startsWith("mongodb://127.0.0.1:" + first.port() + "/");
        }
    }

    @Test
    void theDataFileCanBeOpenedAgainOnceTheStoreIsClosed() {
        Path dataDir = MongoStores.freshDataDir("reopen");
        EmbeddedMongoStore.start(dataDir, 0).close();

        try (EmbeddedMongoStore again = EmbeddedMongoStore.start(dataDir, 0)) {
            assertThat(again.file()).isEqualTo(dataDir.resolve(EmbeddedMongoStore.FILE_NAME));
        }
    }
}

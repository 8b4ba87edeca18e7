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
    void aClientWithoutThisProcesssSecretIsRefusedAndOneWithItIsServed() {
        Path dataDir = MongoStores.freshDataDir("door");
        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(dataDir, 0)) {
            String door = "mongodb://127.0.0.1:" + store.port() + "/leavenotify";
            for (String stranger : new String[] {door + "?serverSelectionTimeoutMS=1500",
                    door + "?appName=guess&serverSelectionTimeoutMS=1500"}) {
                try (com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(stranger)) {
                    assertThatThrownBy(() -> client.getDatabase("leavenotify").listCollectionNames().first())
                            .as(stranger).isInstanceOf(com.mongodb.MongoTimeoutException.class);
                }
            }
            try (com.mongodb.client.MongoClient owner = com.mongodb.client.MongoClients.create(store.connectionString())) {
                owner.getDatabase("leavenotify").getCollection("door").insertOne(new org.bson.Document("_id", 1));
                org.assertj.core.api.Assertions.assertThat(owner.getDatabase("leavenotify").getCollection("door")
                        .countDocuments()).isEqualTo(1);
            }
        }
    }

    @Test
    void theDataDirectoryAndFileAreTheOwnersOnlyEvenWhenTheyExistedWithWiderRights() throws Exception {
        Path dataDir = MongoStores.freshDataDir("rights");
        java.nio.file.Files.createDirectories(dataDir);
        java.nio.file.Files.setPosixFilePermissions(dataDir,
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));

        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(dataDir, 0)) {
            org.assertj.core.api.Assertions.assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    java.nio.file.Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
            org.assertj.core.api.Assertions.assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    java.nio.file.Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
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

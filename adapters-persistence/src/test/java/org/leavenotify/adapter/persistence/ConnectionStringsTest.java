package org.leavenotify.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectionStringsTest {

    @Test
    void thePasswordIsMaskedAndTheRestKept() {
        assertThat(ConnectionStrings.masked("mongodb://app:s3cr%40t@db1:27017,db2:27017/leave?replicaSet=rs0"))
                .isEqualTo("mongodb://app:****@db1:27017,db2:27017/leave?replicaSet=rs0");
        assertThat(ConnectionStrings.masked("mongodb+srv://app:secret@cluster0.example.net/leave"))
                .isEqualTo("mongodb+srv://app:****@cluster0.example.net/leave");
    }

    @Test
    void aConnectionStringWithoutPasswordIsShownAsItIs() {
        assertThat(ConnectionStrings.masked("mongodb://localhost:27017/leave")).isEqualTo("mongodb://localhost:27017/leave");
        assertThat(ConnectionStrings.masked("mongodb://app@localhost/leave?authMechanism=MONGODB-X509"))
                .isEqualTo("mongodb://app@localhost/leave?authMechanism=MONGODB-X509");
    }
}

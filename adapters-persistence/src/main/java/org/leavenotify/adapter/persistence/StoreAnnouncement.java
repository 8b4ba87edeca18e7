package org.leavenotify.adapter.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/** Logs, once every bean exists, the one line that says which store this instance uses. */
final class StoreAnnouncement implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(StoreAnnouncement.class);

    private final String line;

    StoreAnnouncement(String line) {
        this.line = line;
    }

    static StoreAnnouncement embedded(EmbeddedMongoStore store) {
        return new StoreAnnouncement("Store: embedded MongoDB-compatible server (mongo-java-server, H2 backend) on "
                + "127.0.0.1:" + store.port() + ", data file " + store.file());
    }

    static StoreAnnouncement mongoDb(String connectionString) {
        return new StoreAnnouncement("Store: MongoDB at " + ConnectionStrings.masked(connectionString));
    }

    String line() {
        return line;
    }

    @Override
    public void afterSingletonsInstantiated() {
        LOG.info(line);
    }
}

package org.leavenotify.adapter.persistence;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;

/**
 * The H2 backend of mongo-java-server, committed to its file after every command that changed
 * something. The stock backend commits in the background about once a second, so a process killed
 * right after a write could lose an acknowledged decision. Here each command (the driver sends every
 * command as one message) is committed before its reply is sent: an acknowledged write is in the
 * file (at least in the operating system's cache), so it survives the process dying, though not
 * necessarily a power cut.
 */
final class DurableH2Backend extends H2Backend {

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        } finally {
            if (!getMvStore().isClosed() && getMvStore().hasUnsavedChanges()) {
                commit();
            }
        }
    }
}

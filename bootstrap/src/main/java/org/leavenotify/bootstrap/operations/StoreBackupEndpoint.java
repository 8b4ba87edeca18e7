package org.leavenotify.bootstrap.operations;

import java.util.LinkedHashMap;
import java.util.Map;

import org.leavenotify.adapter.persistence.EmbeddedStoreBackups;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/storebackup}, for HR administrators like every actuator endpoint but health: GET lists
 * the embedded store's backups, POST takes one now and answers where it is, how big, and how long it
 * took. With a MongoDB configured there is no embedded store and the endpoint answers 404 (back MongoDB
 * up with its own tools: docs/production.md).
 */
@Component
@Endpoint(id = "storebackup")
public class StoreBackupEndpoint {

    private final ObjectProvider<EmbeddedStoreBackups> backups;

    StoreBackupEndpoint(ObjectProvider<EmbeddedStoreBackups> backups) {
        this.backups = backups;
    }

    @ReadOperation
    public Map<String, Object> list() {
        EmbeddedStoreBackups embedded = backups.getIfAvailable();
        if (embedded == null) {
            return null;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("directory", embedded.directory().toString());
        answer.put("backups", embedded.list().stream().map(p -> p.getFileName().toString()).toList());
        return answer;
    }

    @WriteOperation
    public Map<String, Object> takeNow() {
        EmbeddedStoreBackups embedded = backups.getIfAvailable();
        if (embedded == null) {
            return null;
        }
        EmbeddedStoreBackups.Backup backup = embedded.takeNow();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("file", backup.file().toString());
        answer.put("bytes", backup.bytes());
        answer.put("takenAt", backup.takenAt().toString());
        answer.put("tookMillis", backup.took().toMillis());
        return answer;
    }
}

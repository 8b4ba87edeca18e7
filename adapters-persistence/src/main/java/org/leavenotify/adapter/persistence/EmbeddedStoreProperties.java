package org.leavenotify.adapter.persistence;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded store, started when no MongoDB is configured ({@code leavenotify.embedded-store.*}).
 *
 * @param dataDir the directory of its data file ({@value EmbeddedMongoStore#FILE_NAME}); created if missing
 */
@ConfigurationProperties(prefix = "leavenotify.embedded-store")
record EmbeddedStoreProperties(@DefaultValue("./data") Path dataDir) {
}

package org.leavenotify.adapter.persistence;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the MongoDB client waits before it gives up ({@code leavenotify.mongodb.*}), so that an
 * unreachable store is reported within seconds instead of the driver's 30 s. A value given in the
 * connection string itself ({@code serverSelectionTimeoutMS}, {@code connectTimeoutMS},
 * {@code socketTimeoutMS}) wins.
 *
 * @param serverSelectionTimeout how long an operation waits for a reachable server
 * @param connectTimeout         how long opening a connection may take
 * @param readTimeout            how long a reply to a sent operation may take
 */
@ConfigurationProperties(prefix = "leavenotify.mongodb")
record MongoClientProperties(@DefaultValue("2s") Duration serverSelectionTimeout,
                             @DefaultValue("2s") Duration connectTimeout,
                             @DefaultValue("10s") Duration readTimeout) {
}

package org.leavenotify.bootstrap.metrics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the application's own metrics, under {@code leavenotify.metrics.*}.
 *
 * @param outboxInterval how often the outbox backlog and the age of its oldest event are read from the
 *                       store (a query; the gauges show the last reading)
 */
@ConfigurationProperties(prefix = "leavenotify.metrics")
public record MetricsProperties(@DefaultValue("15s") Duration outboxInterval) {
}

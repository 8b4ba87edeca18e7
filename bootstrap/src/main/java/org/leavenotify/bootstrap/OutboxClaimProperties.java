package org.leavenotify.bootstrap;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the nodes that share one store split the outbox ({@code leavenotify.dispatch.claim.*}, see
 * docs/scale-out.md).
 *
 * @param lease how long one dispatch holds a request's outbox. It must be longer than a dispatch ever
 *              takes (a few milliseconds; seconds when the store is slow): a node that holds it longer is
 *              taken over and that outbox is pushed twice. It is also the longest a node that died while
 *              dispatching delays that outbox before another node's sweep finishes it.
 */
@ConfigurationProperties(prefix = "leavenotify.dispatch.claim")
public record OutboxClaimProperties(@DefaultValue("30s") Duration lease) {
}

package org.leavenotify.adapter.web.problem;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and hints of the REST API, under {@code leavenotify.web.*}.
 *
 * @param maxRequestBody          the largest request body accepted; a larger one is answered 400
 * @param storeRetryAfter         the {@code Retry-After} sent with a 503 when the store is unreachable
 */
@ConfigurationProperties("leavenotify.web")
public record WebProperties(@DefaultValue("64KB") DataSize maxRequestBody,
                            @DefaultValue("5s") Duration storeRetryAfter) {

    public WebProperties {
        if (maxRequestBody == null || maxRequestBody.toBytes() < 1) {
            throw new IllegalArgumentException("leavenotify.web.max-request-body must be positive");
        }
        if (storeRetryAfter == null || storeRetryAfter.isNegative()) {
            throw new IllegalArgumentException("leavenotify.web.store-retry-after must not be negative");
        }
    }
}

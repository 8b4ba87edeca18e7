package org.leavenotify.adapter.persistence;

import org.springframework.context.annotation.Configuration;

/** The persistence adapter's beans; imported by the bootstrap application. */
@Configuration(proxyBeanMethods = false)
public class PersistenceAdapterConfiguration {
}

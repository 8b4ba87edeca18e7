package org.leavenotify.adapter.persistence;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** Like the real application: every auto-configuration on the class path, plus the adapter. */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(PersistenceAdapterConfiguration.class)
class AutoConfiguredApplication {
}

package org.leavenotify.bootstrap;

import org.leavenotify.adapter.mail.MailAdapterConfiguration;
import org.leavenotify.adapter.persistence.PersistenceAdapterConfiguration;
import org.leavenotify.adapter.web.WebAdapterConfiguration;
import org.leavenotify.adapter.websocket.WebSocketAdapterConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The assembled application. Only this package is scanned; the domain and application layers are
 * wired by explicit {@code @Bean} methods ({@link CoreConfiguration}) and each adapter by its own
 * configuration class, imported here.
 */
@SpringBootApplication
@EnableConfigurationProperties(LeaveNotifyProperties.class)
@Import({PersistenceAdapterConfiguration.class, WebAdapterConfiguration.class, WebSocketAdapterConfiguration.class,
        MailAdapterConfiguration.class, AdministrationConfiguration.class})
public class LeaveNotifyApplication {

    public static void main(String[] args) {
        SpringApplication.run(LeaveNotifyApplication.class, args);
    }
}

package org.leavenotify.benchmarks.server;

import java.time.Clock;

import org.leavenotify.application.auth.port.out.AccessTokenPort;
import org.leavenotify.application.auth.port.out.CredentialStorePort;
import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.application.shared.port.out.IdGeneratorPort;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.simp.user.SimpUserRegistry;

/**
 * The benchmark-only hooks, added to the application by {@link BenchServer} and by nothing else. They
 * talk to the application through its ports and beans only; no production class knows they exist.
 */
@Configuration(proxyBeanMethods = false)
public class BenchHooksConfiguration {

    @Bean
    BenchControl benchControl(@Value("${leavenotify.bench.control-port:0}") int port,
                              EmployeeDirectoryPort directory, CredentialStorePort credentials,
                              PasswordHasherPort hasher, LeaveAllowancePort allowances, AccessTokenPort tokens,
                              NotificationStorePort store, PushNotificationPort push, IdGeneratorPort ids,
                              SimpUserRegistry users, ObjectProvider<MongoTemplate> mongo, Clock clock) {
        return new BenchControl(port, new BenchOperations(directory, credentials, hasher, allowances, tokens, store,
                push, ids, users, mongo.getIfAvailable(), clock));
    }
}

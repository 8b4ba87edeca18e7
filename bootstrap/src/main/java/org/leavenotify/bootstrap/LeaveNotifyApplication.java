package org.leavenotify.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The assembled application. Only this package is scanned; the domain and application layers are
 * wired by explicit {@code @Bean} methods and each adapter by its own configuration class.
 */
@SpringBootApplication
public class LeaveNotifyApplication {

    public static void main(String[] args) {
        SpringApplication.run(LeaveNotifyApplication.class, args);
    }
}

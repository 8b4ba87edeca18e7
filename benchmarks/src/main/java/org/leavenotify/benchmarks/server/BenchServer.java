package org.leavenotify.benchmarks.server;

import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the real application with one extra configuration class, {@link BenchHooksConfiguration}: a
 * control port on loopback that the load tool uses to seed employees, hand out tokens, preload stored
 * notifications, push pre-built notifications through the push port (the bare-push baseline) and read
 * the heap after a full GC. The hooks exist only in processes started through this class: the
 * application's own jar and main class never contain or load them.
 *
 * <p>Arguments are the application's ({@code --leavenotify.store=in-memory}, {@code --server.port=…}),
 * plus {@code --leavenotify.bench.control-port=…} (0, the default, picks a free port, logged at start).
 */
public final class BenchServer {

    public static void main(String[] args) {
        start(args);
    }

    public static ConfigurableApplicationContext start(String... args) {
        SpringApplication application = new SpringApplication(LeaveNotifyApplication.class,
                BenchHooksConfiguration.class);
        return application.run(args);
    }

    /** The control port of a server started by {@link #start}. */
    public static int controlPort(ConfigurableApplicationContext context) {
        return context.getBean(BenchControl.class).port();
    }

    /** The application's HTTP port of a server started by {@link #start}. */
    public static int httpPort(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private BenchServer() {
    }
}

package org.leavenotify.cluster;

import java.util.LinkedHashMap;
import java.util.Map;

import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application node in the test JVM: the whole application, on a port of its own. Its settings are given
 * as command-line arguments, which take precedence over application.properties as they do for a real node.
 */
final class Node implements AutoCloseable {

    final String name;
    private final ConfigurableApplicationContext context;

    private Node(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    static Node inJvm(String name, Map<String, Object> properties) {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.put("spring.main.register-shutdown-hook", false);
        all.put("spring.application.name", "leave-notify-" + name);
        String[] arguments = all.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new Node(name, new SpringApplicationBuilder(LeaveNotifyApplication.class).run(arguments));
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }

    @Override
    public String toString() {
        return name + " on port " + port();
    }
}

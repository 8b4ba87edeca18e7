package org.leavenotify.bootstrap.tracing;

import java.util.LinkedHashSet;
import java.util.Set;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Observes every use case the application offers: each bean of the core that implements incoming ports
 * (the interfaces of a {@code port.in} package) is handed out behind {@link ObservedPorts}, so a call
 * from a controller, a STOMP handler, a sweep or another use case opens a span named after the port.
 * Whoever injects the bean must do so by its port, as the hexagon asks anyway.
 */
final class UseCaseObservations implements BeanPostProcessor {

    private static final String CORE = "org.leavenotify.application.";
    private static final String INCOMING_PORTS = ".port.in";

    private final ObjectProvider<ObservationRegistry> registry;
    private ObservedPorts observed;

    UseCaseObservations(ObjectProvider<ObservationRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!bean.getClass().getName().startsWith(CORE)) {
            return bean;
        }
        Set<Class<?>> useCases = incomingPorts(bean.getClass());
        if (useCases.isEmpty()) {
            return bean;
        }
        return observed().useCases(bean, useCases);
    }

    private ObservedPorts observed() {
        if (observed == null) {
            observed = new ObservedPorts(registry.getIfAvailable(() -> ObservationRegistry.NOOP));
        }
        return observed;
    }

    static Set<Class<?>> incomingPorts(Class<?> type) {
        Set<Class<?>> ports = new LinkedHashSet<>();
        for (Class<?> port : ClassUtils.getAllInterfacesForClassAsSet(type)) {
            if (port.getPackageName().startsWith(CORE) && port.getPackageName().endsWith(INCOMING_PORTS)) {
                ports.add(port);
            }
        }
        return ports;
    }
}

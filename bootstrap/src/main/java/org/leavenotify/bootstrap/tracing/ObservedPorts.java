package org.leavenotify.bootstrap.tracing;

import java.util.Set;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.util.ClassUtils;

/**
 * Puts an observation around every call through a port: one span per call, named after the port and
 * the method ({@code ApproveLeaveRequestUseCase.approve}), a child of whatever span is current. The core
 * knows nothing of it: the adapter or service behind the port is wrapped where it is wired, in a proxy
 * that implements the same interfaces, so what is observed is the port's contract, whichever adapter
 * stands behind it (as {@code NotificationMeters} counts what is stored and pushed).
 *
 * <p>Observations named {@value #USE_CASE} are the application's use cases; {@value #PORT} the outgoing
 * ports the dispatcher uses to store and push. Both are timed too (the meters of the same names).
 */
public final class ObservedPorts {

    /** Observation (and span, and timer) name of a call to a use case. */
    public static final String USE_CASE = "leavenotify.use-case";
    /** Observation (and span, and timer) name of a call to an outgoing port. */
    public static final String PORT = "leavenotify.port";

    private final ObservationRegistry registry;

    public ObservedPorts(ObservationRegistry registry) {
        this.registry = registry;
    }

    /** {@code target} behind a proxy of {@code port} that observes every call as a {@value #PORT}. */
    public <T> T port(Class<T> port, T target) {
        return port.cast(wrap(target, new Class<?>[] {port}, Set.of(port), PORT));
    }

    /**
     * {@code target} behind a proxy of all its interfaces that observes, as a {@value #USE_CASE}, every call to a
     * method of {@code observed} (the others pass straight through).
     */
    Object useCases(Object target, Set<Class<?>> observed) {
        return wrap(target, ClassUtils.getAllInterfaces(target), observed, USE_CASE);
    }

    private Object wrap(Object target, Class<?>[] interfaces, Set<Class<?>> observed, String name) {
        if (registry.isNoop()) {
            return target;
        }
        ProxyFactory factory = new ProxyFactory(target);
        factory.setInterfaces(interfaces);
        factory.addAdvice((MethodInterceptor) invocation -> {
            Class<?> port = invocation.getMethod().getDeclaringClass();
            if (!observed.contains(port)) {
                return invocation.proceed();
            }
            return Observation.createNotStarted(name, registry)
                    .contextualName(port.getSimpleName() + "." + invocation.getMethod().getName())
                    .lowCardinalityKeyValue("port", port.getSimpleName())
                    .lowCardinalityKeyValue("method", invocation.getMethod().getName())
                    .observeChecked(invocation::proceed);
        });
        return factory.getProxy(target.getClass().getClassLoader());
    }
}

package org.leavenotify.bootstrap.metrics;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.aopalliance.intercept.MethodInterceptor;
import org.leavenotify.application.mail.port.out.MailDeliveryPort;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.domain.notification.Notification;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Counts notifications as the core stores and pushes them, without the core knowing: the beans behind
 * {@link NotificationStorePort} and {@link PushNotificationPort} are wrapped in proxies that count
 * <ul>
 *   <li>{@code leavenotify.notifications.stored}: new notifications stored, and
 *       {@code leavenotify.notifications.deduplicated}: stores that found the notification there already
 *       (an event dispatched again after a crash);</li>
 *   <li>{@code leavenotify.notifications.pushed} and {@code leavenotify.notifications.push.failures};</li>
 *   <li>{@code leavenotify.notifications.push.latency}: from the leave action (the notification's
 *       {@code createdAt}) to the push handed to the broker, as a histogram, so that percentiles can be
 *       computed over any window and across nodes ({@code histogram_quantile} in Prometheus).</li>
 * </ul>
 * The proxies implement every interface of the adapter they wrap, so other ports the same adapter
 * serves are untouched; every other method passes straight through. The e-mail delivery port is wrapped
 * the same way ({@link MailMeters}).
 */
final class NotificationMeters implements BeanPostProcessor {

    static final String STORED = "leavenotify.notifications.stored";
    static final String DEDUPLICATED = "leavenotify.notifications.deduplicated";
    static final String PUSHED = "leavenotify.notifications.pushed";
    static final String PUSH_FAILURES = "leavenotify.notifications.push.failures";
    static final String PUSH_LATENCY = "leavenotify.notifications.push.latency";

    private final ObjectProvider<MeterRegistry> registry;
    private final ObjectProvider<Clock> clock;

    NotificationMeters(ObjectProvider<MeterRegistry> registry, ObjectProvider<Clock> clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof NotificationStorePort) && !(bean instanceof PushNotificationPort)
                && !(bean instanceof MailDeliveryPort)) {
            return bean;
        }
        MeterRegistry meters = registry.getIfAvailable();
        if (meters == null) {
            return bean;
        }
        if (bean instanceof MailDeliveryPort delivery) {
            return MailMeters.counting(delivery, meters);
        }
        return bean instanceof NotificationStorePort ? proxy(bean, storeCounting(meters))
                : proxy(bean, pushCounting(meters, clock.getIfAvailable(Clock::systemUTC)));
    }

    static MethodInterceptor storeCounting(MeterRegistry meters) {
        Counter stored = Counter.builder(STORED).description("Notifications stored").register(meters);
        Counter deduplicated = Counter.builder(DEDUPLICATED)
                .description("Notifications found stored already when stored again (events dispatched twice)")
                .register(meters);
        return invocation -> {
            Object result = invocation.proceed();
            if (result instanceof NotificationStorePort.Appended appended) {
                (appended.isNew() ? stored : deduplicated).increment();
            }
            return result;
        };
    }

    static MethodInterceptor pushCounting(MeterRegistry meters, Clock clock) {
        Counter pushed = Counter.builder(PUSHED).description("Notifications pushed to their recipient's sessions")
                .register(meters);
        Counter failures = Counter.builder(PUSH_FAILURES)
                .description("Pushes that failed (the notification stays stored for the recipient to fetch)")
                .register(meters);
        Timer latency = Timer.builder(PUSH_LATENCY)
                .description("From the leave action to the notification handed to the broker for its recipient")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(1))
                .register(meters);
        return invocation -> {
            if (!invocation.getMethod().getName().equals("pushNotification")
                    || !(invocation.getArguments()[0] instanceof Notification notification)) {
                return invocation.proceed();
            }
            Object result;
            try {
                result = invocation.proceed();
            } catch (RuntimeException e) {
                failures.increment();
                throw e;
            }
            pushed.increment();
            Duration sinceAction = Duration.between(notification.createdAt(), clock.instant());
            latency.record(sinceAction.isNegative() ? Duration.ZERO : sinceAction);
            return result;
        };
    }

    private static Object proxy(Object bean, MethodInterceptor interceptor) {
        ProxyFactory factory = new ProxyFactory(bean);
        factory.setInterfaces(ClassUtils.getAllInterfaces(bean));
        factory.addAdvice(interceptor);
        return factory.getProxy(bean.getClass().getClassLoader());
    }
}

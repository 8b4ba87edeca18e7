package org.leavenotify.bootstrap.tracing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.memory.InMemoryNotificationStore;
import org.leavenotify.application.notification.NotificationService;
import org.leavenotify.application.notification.port.in.UnreadCountQuery;
import org.leavenotify.domain.organisation.EmployeeId;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObservedPortsTest {

    private final List<String> observed = new ArrayList<>();
    private final ObservationRegistry registry = ObservationRegistry.create();

    ObservedPortsTest() {
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }

            @Override
            public void onStop(Observation.Context context) {
                observed.add(context.getName() + " " + context.getContextualName()
                        + (context.getError() != null ? " failed: " + context.getError().getMessage() : ""));
            }
        });
    }

    /** An outgoing port of a kind: one method that answers, one that fails. */
    interface GreetingPort {
        String greet(String name);

        void fail();
    }

    static final class Greeter implements GreetingPort {
        @Override
        public String greet(String name) {
            return "hello " + name;
        }

        @Override
        public void fail() {
            throw new IllegalStateException("store down");
        }
    }

    @Test
    void aCallThroughAPortIsObservedUnderThePortsNameAndAnswersAsTheAdapterDoes() {
        GreetingPort port = new ObservedPorts(registry).port(GreetingPort.class, new Greeter());

        assertThat(port.greet("alice")).isEqualTo("hello alice");

        assertThat(observed).containsExactly("leavenotify.port GreetingPort.greet");
    }

    @Test
    void whatTheAdapterThrowsReachesTheCallerAsItIsAndTheObservationRecordsIt() {
        GreetingPort port = new ObservedPorts(registry).port(GreetingPort.class, new Greeter());

        assertThatThrownBy(port::fail).isExactlyInstanceOf(IllegalStateException.class).hasMessage("store down");

        assertThat(observed).containsExactly("leavenotify.port GreetingPort.fail failed: store down");
    }

    @Test
    void withNothingObservingTheAdapterItselfIsHandedOut() {
        Greeter greeter = new Greeter();

        assertThat(new ObservedPorts(ObservationRegistry.NOOP).port(GreetingPort.class, greeter)).isSameAs(greeter);
    }

    @Test
    void aProxyIsEqualToItselfOnly() {
        ObservedPorts ports = new ObservedPorts(registry);
        Greeter greeter = new Greeter();
        GreetingPort one = ports.port(GreetingPort.class, greeter);

        assertThat(one).isEqualTo(one).isNotEqualTo(ports.port(GreetingPort.class, greeter)).hasSameHashCodeAs(one);
        assertThat(observed).isEmpty();
    }

    @Test
    void aServiceOfTheCoreIsHandedOutBehindItsIncomingPortsAndAnythingElseAsItIs() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("registry", registry);
        UseCaseObservations useCases = new UseCaseObservations(beans.getBeanProvider(ObservationRegistry.class));
        Greeter notOfTheCore = new Greeter();
        NotificationService ofTheCore = new NotificationService(new InMemoryNotificationStore(), null, null,
                Clock.systemUTC());

        Object handedOut = useCases.postProcessAfterInitialization(ofTheCore, "notificationService");

        assertThat(useCases.postProcessAfterInitialization(notOfTheCore, "greeter")).isSameAs(notOfTheCore);
        assertThat(handedOut).isNotSameAs(ofTheCore).isInstanceOf(UnreadCountQuery.class);
        assertThat(((UnreadCountQuery) handedOut).unreadCount(new EmployeeId("alice"))).isZero();
        assertThat(observed).containsExactly("leavenotify.use-case UnreadCountQuery.unreadCount");
    }
}

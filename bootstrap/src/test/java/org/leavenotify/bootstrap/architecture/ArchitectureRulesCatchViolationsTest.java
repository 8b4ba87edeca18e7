package org.leavenotify.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.web.archfixture.WebUsingWebSocket;
import org.leavenotify.adapter.websocket.archfixture.WebSocketThing;
import org.leavenotify.application.archfixture.ApplicationUsingSpring;
import org.leavenotify.application.archfixture.port.in.SubmitLeave;
import org.leavenotify.application.archfixture.port.out.LeaveStore;
import org.leavenotify.domain.archfixture.DomainReadingTheClock;
import org.leavenotify.domain.archfixture.DomainUsingAnAdapter;
import org.leavenotify.domain.archfixture.DomainUsingSpring;

/**
 * Each architecture rule, run against a class written to break it (test sources only, in the
 * {@code archfixture} packages), must report a violation: a rule that cannot fail proves nothing.
 */
class ArchitectureRulesCatchViolationsTest {

    @Test
    void domainCodeUsingSpringBreaksTheDomainRule() {
        assertViolated(ArchitectureRules.domain_depends_only_on_the_jdk, DomainUsingSpring.class);
    }

    @Test
    void applicationCodeUsingSpringBreaksTheApplicationRule() {
        assertViolated(ArchitectureRules.application_depends_only_on_the_domain_and_the_jdk, ApplicationUsingSpring.class);
    }

    @Test
    void domainCodeCallingInstantNowBreaksTheClockRule() {
        assertViolated(ArchitectureRules.the_core_never_reads_the_system_clock, DomainReadingTheClock.class);
    }

    @Test
    void domainCodeAskingForTheSystemClockOrAnyOtherNowBreaksTheClockRuleEachOnItsOwn() {
        for (Class<?> fixture : java.util.List.of(org.leavenotify.domain.archfixture.DomainAskingForTheSystemClock.class,
                org.leavenotify.domain.archfixture.DomainAskingForTheDefaultZoneClock.class,
                org.leavenotify.domain.archfixture.DomainReadingZonedNow.class,
                org.leavenotify.domain.archfixture.DomainReadingOffsetNow.class,
                org.leavenotify.domain.archfixture.DomainReadingLocalTimeNow.class)) {
            assertViolated(ArchitectureRules.the_core_never_reads_the_system_clock, fixture);
        }
    }

    @Test
    void anAdapterUsingAnotherBreaksTheAdapterRule() {
        assertViolated(ArchitectureRules.adapters_do_not_depend_on_each_other, WebUsingWebSocket.class,
                WebSocketThing.class);
    }

    @Test
    void theDomainUsingAnAdapterBreaksTheOnionRule() {
        assertViolated(ArchitectureRules.the_layers_point_inwards, DomainUsingAnAdapter.class, WebUsingWebSocket.class,
                WebSocketThing.class, ApplicationUsingSpring.class);
    }

    @Test
    void anOutgoingPortThatIsAClassBreaksThePortRule() {
        assertViolated(ArchitectureRules.outgoing_ports_are_interfaces_ending_in_Port, LeaveStore.class);
    }

    @Test
    void anIncomingPortWithTheWrongNameBreaksTheUseCaseRule() {
        assertViolated(ArchitectureRules.incoming_ports_are_interfaces_ending_in_UseCase_or_Query, SubmitLeave.class);
    }

    private static void assertViolated(ArchRule rule, Class<?>... fixtures) {
        JavaClasses classes = new ClassFileImporter().importClasses(fixtures);
        assertThat(rule.evaluate(classes).hasViolation())
                .as("rule '%s' should be violated by %s", rule.getDescription(), java.util.Arrays.toString(fixtures))
                .isTrue();
    }
}

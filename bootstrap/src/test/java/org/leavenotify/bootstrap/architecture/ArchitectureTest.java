package org.leavenotify.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Checks the production code of every module against {@link ArchitectureRules}. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.leavenotify");
    }

    @ParameterizedTest(name = "{0} is not empty")
    @ValueSource(strings = {"org.leavenotify.domain.leave", "org.leavenotify.domain.notification",
            "org.leavenotify.application.leave.port.in", "org.leavenotify.application.leave.port.out",
            "org.leavenotify.application.notification.port.in", "org.leavenotify.application.notification.port.out",
            "org.leavenotify.adapter.persistence", "org.leavenotify.adapter.web", "org.leavenotify.adapter.websocket",
            "org.leavenotify.bootstrap"})
    void everyLayerPackageHasClassesSoNoRulePassesByMatchingNothing(String packageName) {
        assertThat(production.stream().filter(javaClass -> javaClass.getPackageName().startsWith(packageName)))
                .isNotEmpty();
    }

    @Test
    void domain_depends_only_on_the_jdk() {
        ArchitectureRules.domain_depends_only_on_the_jdk.check(production);
    }

    @Test
    void application_depends_only_on_the_domain_and_the_jdk() {
        ArchitectureRules.application_depends_only_on_the_domain_and_the_jdk.check(production);
    }

    @Test
    void the_core_never_reads_the_system_clock() {
        ArchitectureRules.the_core_never_reads_the_system_clock.check(production);
    }

    @Test
    void adapters_do_not_depend_on_each_other() {
        ArchitectureRules.adapters_do_not_depend_on_each_other.check(production);
    }

    @Test
    void the_layers_point_inwards() {
        ArchitectureRules.the_layers_point_inwards.check(production);
    }

    @Test
    void outgoing_ports_are_interfaces_ending_in_Port() {
        ArchitectureRules.outgoing_ports_are_interfaces_ending_in_Port.check(production);
    }

    @Test
    void incoming_ports_are_interfaces_ending_in_UseCase_or_Query() {
        ArchitectureRules.incoming_ports_are_interfaces_ending_in_UseCase_or_Query.check(production);
    }
}

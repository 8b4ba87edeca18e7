package org.leavenotify.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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

    /**
     * Every package a rule of {@link ArchitectureRules} is about: each layer's feature packages, every port
     * package, each adapter and the bootstrap. {@link #everyPackageOfALayerIsListedSoNoneEscapesTheCheckBelow}
     * keeps the list complete.
     */
    static final List<String> LAYER_PACKAGES = List.of(
            "org.leavenotify.domain.leave", "org.leavenotify.domain.notification",
            "org.leavenotify.domain.organisation", "org.leavenotify.domain.shared",
            "org.leavenotify.application.administration", "org.leavenotify.application.administration.port.in",
            "org.leavenotify.application.administration.port.out",
            "org.leavenotify.application.auth", "org.leavenotify.application.auth.port.in",
            "org.leavenotify.application.auth.port.out",
            "org.leavenotify.application.leave", "org.leavenotify.application.leave.port.in",
            "org.leavenotify.application.leave.port.out",
            "org.leavenotify.application.notification", "org.leavenotify.application.notification.port.in",
            "org.leavenotify.application.notification.port.out",
            "org.leavenotify.application.mail", "org.leavenotify.application.mail.port.in",
            "org.leavenotify.application.mail.port.out",
            "org.leavenotify.application.shared", "org.leavenotify.application.shared.port.out",
            "org.leavenotify.application.demo", "org.leavenotify.adapter.memory",
            "org.leavenotify.adapter.persistence", "org.leavenotify.adapter.web", "org.leavenotify.adapter.websocket",
            "org.leavenotify.adapter.mail", "org.leavenotify.bootstrap");

    static List<String> layerPackages() {
        return LAYER_PACKAGES;
    }

    @ParameterizedTest(name = "{0} is not empty")
    @MethodSource("layerPackages")
    void everyLayerPackageHasClassesSoNoRulePassesByMatchingNothing(String packageName) {
        assertThat(production.stream().filter(javaClass -> javaClass.getPackageName().startsWith(packageName)))
                .isNotEmpty();
    }

    /**
     * A new feature package of the core, a new port package or a new adapter module must be added to
     * {@link #LAYER_PACKAGES}: the core's packages are listed to their feature (and port) level, the
     * adapters to their module.
     */
    @Test
    void everyPackageOfALayerIsListedSoNoneEscapesTheCheckBelow() {
        Set<String> unlisted = new TreeSet<>();
        for (JavaClass javaClass : production) {
            String[] parts = javaClass.getPackageName().split("\\.");
            if (parts.length < 4 || !parts[0].equals("org") || !parts[1].equals("leavenotify")) {
                continue;
            }
            int depth = switch (parts[2]) {
                case "domain" -> 4;
                case "application" -> parts.length >= 6 && parts[4].equals("port") ? 6 : 4;
                case "adapter" -> 4;
                default -> 0;
            };
            if (depth > 0) {
                String layerPackage = String.join(".", java.util.Arrays.copyOf(parts, Math.min(depth, parts.length)));
                if (!LAYER_PACKAGES.contains(layerPackage)) {
                    unlisted.add(layerPackage);
                }
            }
        }
        assertThat(unlisted).as("packages of a layer missing from LAYER_PACKAGES").isEmpty();
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

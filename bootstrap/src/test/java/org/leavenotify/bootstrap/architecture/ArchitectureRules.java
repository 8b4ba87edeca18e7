package org.leavenotify.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture of the project as rules named like sentences. {@link ArchitectureTest} checks them
 * against the production code; {@link ArchitectureRulesCatchViolationsTest} shows that each one fails
 * when it should, so no rule passes by checking nothing.
 */
final class ArchitectureRules {

    static final String DOMAIN = "org.leavenotify.domain..";
    static final String APPLICATION = "org.leavenotify.application..";
    static final String ADAPTERS = "org.leavenotify.adapter..";

    static final ArchRule domain_depends_only_on_the_jdk = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .because("the domain is the business model: it must be readable, testable and reusable without any framework");

    static final ArchRule application_depends_only_on_the_domain_and_the_jdk = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..")
            .because("use cases speak to the world only through their ports, so adapters can be swapped");

    static final ArchRule the_core_never_reads_the_system_clock = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.LocalTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(java.time.OffsetDateTime.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("time comes from an injected Clock, so every rule about dates can be tested");

    static final ArchRule adapters_do_not_depend_on_each_other = slices()
            .matching("org.leavenotify.adapter.(*)..")
            .should().notDependOnEachOther()
            .because("each adapter can be replaced on its own; what they share goes through the application's ports");

    static final ArchRule the_layers_point_inwards = onionArchitecture()
            .domainModels("org.leavenotify.domain..")
            .applicationServices("org.leavenotify.application..")
            .adapter("memory", "org.leavenotify.adapter.memory..")
            .adapter("persistence", "org.leavenotify.adapter.persistence..")
            .adapter("web", "org.leavenotify.adapter.web..")
            .adapter("websocket", "org.leavenotify.adapter.websocket..")
            .adapter("mail", "org.leavenotify.adapter.mail..")
            .withOptionalLayers(true)
            .ignoreDependency(resideInAPackage("org.leavenotify.bootstrap.."), alwaysTrue())
            .because("dependencies point from the adapters to the application to the domain, never outwards");

    static final ArchRule outgoing_ports_are_interfaces_ending_in_Port = classes()
            .that().resideInAPackage("org.leavenotify.application..port.out..")
            .and().areTopLevelClasses()
            .should().beInterfaces()
            .andShould().haveSimpleNameEndingWith("Port")
            .because("an outgoing port is a contract that adapters implement, named for what it does");

    static final ArchRule incoming_ports_are_interfaces_ending_in_UseCase_or_Query = classes()
            .that().resideInAPackage("org.leavenotify.application..port.in..")
            .and().areTopLevelClasses()
            .should().beInterfaces()
            .andShould().haveSimpleNameEndingWith("UseCase")
            .orShould().haveSimpleNameEndingWith("Query")
            .because("driving adapters call the application through use cases (changes) and queries (reads)");

    private ArchitectureRules() {
    }
}

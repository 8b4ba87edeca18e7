package org.leavenotify.bootstrap.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every library's version is written once, in the root POM's {@code dependencyManagement} (or managed by
 * Spring Boot): no module POM gives a dependency a version of its own, so an upgrade is one line and two
 * modules can never use two versions of one library.
 */
class OneVersionPerLibraryTest {

    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>([\\s\\S]*?)</dependency>");

    @Test
    void noModulePomGivesADependencyAVersion() throws Exception {
        Path root = RepositoryRoot.find();
        List<String> versioned = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path pom : modules.map(dir -> dir.resolve("pom.xml")).filter(Files::isRegularFile).toList()) {
                Matcher dependency = DEPENDENCY.matcher(Files.readString(pom));
                while (dependency.find()) {
                    if (dependency.group(1).contains("<version>")) {
                        versioned.add(root.relativize(pom) + ": " + dependency.group(1).replaceAll("\\s+", " ").strip());
                    }
                }
            }
        }
        assertThat(versioned).as("dependencies with a version outside the root POM").isEmpty();
    }

    @Test
    void theRootPomManagesTheVersionsItself() throws Exception {
        String rootPom = Files.readString(RepositoryRoot.find().resolve("pom.xml"));

        assertThat(rootPom).contains("<dependencyManagement>").contains("<artifactId>commons-csv</artifactId>");
    }
}

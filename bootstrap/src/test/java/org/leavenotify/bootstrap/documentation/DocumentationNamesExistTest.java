package org.leavenotify.bootstrap.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leavenotify.bootstrap.repository.RepositoryRoot;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README and the guides in {@code docs/} cannot go stale without this test failing: every class, test,
 * method, property and repository file they name in code formatting exists, and every link they hold points
 * at a file of this repository (or at a web address). A rename that forgets the docs fails the build here.
 *
 * <p>What counts as "exists": a type is declared in the repository's sources (Java, or a web-client
 * module), or is a class on this module's classpath or in the JDK (for Spring's and the libraries' names the
 * docs use); a method is declared in the type it is named with, or anywhere in the sources when named alone;
 * a property is in the configuration metadata on the classpath (ours and Spring Boot's) or set in a file of
 * the repository; a path that starts at a top-level folder of the repository is a file or folder there;
 * an identifier in capitals or with underscores (enum constants, reason codes, collections, environment
 * variables, test methods) is written somewhere in the sources.
 */
class DocumentationNamesExistTest {

    private static final Pattern CODE_SPAN = Pattern.compile("(?<!`)`([^`\\n]+)`(?!`)");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+");
    private static final Pattern QUALIFIED_MEMBER =
            Pattern.compile("([A-Z][A-Za-z0-9]*)(?:\\.|#)([a-z_][A-Za-z0-9_]*)(\\(.*\\))?");
    private static final Pattern BARE_METHOD = Pattern.compile("([a-z][A-Za-z0-9]*)\\(.*\\)");
    private static final Pattern PROPERTY =
            Pattern.compile("((?:leavenotify|spring|server|management|logging)\\.[a-z0-9.\\-\\[\\]]*[a-z0-9\\]])(?:=.*)?");
    private static final Pattern CONSTANT_OR_SNAKE = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[A-Z]{2,}[A-Z0-9]*");
    private static final Pattern DECLARED_JAVA_TYPE =
            Pattern.compile("\\b(?:class|interface|enum|record|@interface)\\s+([A-Z][A-Za-z0-9_]*)");
    private static final Pattern DECLARED_SCRIPT_NAME =
            Pattern.compile("\\b(?:function\\*?|class|const|let|var)\\s+([A-Za-z_$][A-Za-z0-9_$]*)");
    private static final Set<String> SOURCE_EXTENSIONS = Set.of(
            "java", "js", "jsx", "mjs", "ts", "properties", "yml", "yaml", "json", "feature", "sh", "py", "xml",
            "html", "css", "conf", "txt", "csv", "tsv", "toml");
    private static final Set<String> SKIPPED_FOLDERS =
            Set.of(".git", "target", "node_modules", "dist", "example-dist", "types", "data", ".idea", ".vscode", "results");

    /** This file names missing things on purpose, so it is not a source the docs may lean on. */
    private static final String SELF = DocumentationNamesExistTest.class.getSimpleName() + ".java";

    private static Path root;
    private static final List<Path> documents = new ArrayList<>();
    private static final Set<String> topLevelNames = new HashSet<>();
    private static final Set<String> fileNames = new HashSet<>();
    private static final Set<String> declaredTypes = new HashSet<>();
    private static final Set<String> classpathTypes = new HashSet<>();
    private static final Set<String> metadataProperties = new HashSet<>();
    private static final Set<String> mapProperties = new HashSet<>();
    private static final StringBuilder sources = new StringBuilder();
    private static final StringBuilder scriptSources = new StringBuilder();
    /**
     * Words of the web platform that look like type names but name an attribute or a header, not code.
     * Names of the browser's own classes ({@code BroadcastChannel}) count when the web client uses them.
     */
    private static final Set<String> WEB_PLATFORM_WORDS = Set.of("HttpOnly", "SameSite");
    private static final List<String> METRIC_SUFFIXES =
            List.of("_total", "_seconds_max", "_seconds_count", "_seconds_sum", "_seconds_bucket", "_seconds",
                    "_active_count", "_max", "_count", "_bucket");
    private static final List<String> relativePaths = new ArrayList<>();

    @BeforeAll
    static void indexTheRepository() throws IOException {
        root = RepositoryRoot.find();
        try (Stream<Path> top = Files.list(root)) {
            top.forEach(p -> topLevelNames.add(p.getFileName().toString()));
        }
        walk(root);
        indexClasspath();
    }

    @Test
    void every_name_in_code_formatting_exists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path document : documents) {
            List<String> lines = Files.readAllLines(document, StandardCharsets.UTF_8);
            boolean inFence = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.stripLeading().startsWith("```")) {
                    inFence = !inFence;
                    continue;
                }
                if (inFence) {
                    continue;
                }
                Matcher span = CODE_SPAN.matcher(line);
                while (span.find()) {
                    String problem = problemWith(span.group(1).strip(), document);
                    if (problem != null) {
                        missing.add(root.relativize(document) + ":" + (i + 1) + " `" + span.group(1) + "`: " + problem);
                    }
                }
            }
        }
        assertThat(missing).as("names in the docs that the repository does not have").isEmpty();
    }

    @Test
    void every_link_points_into_the_repository_or_the_web() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path document : documents) {
            List<String> lines = Files.readAllLines(document, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher link = LINK.matcher(lines.get(i));
                while (link.find()) {
                    String target = link.group(1);
                    if (target.startsWith("http://") || target.startsWith("https://") || target.startsWith("mailto:")
                            || target.startsWith("#")) {
                        continue;
                    }
                    String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                    Path resolved = document.getParent().resolve(file).normalize();
                    if (!resolved.startsWith(root)) {
                        broken.add(root.relativize(document) + ":" + (i + 1) + " " + target + ": outside the repository");
                    } else if (!Files.exists(resolved)) {
                        broken.add(root.relativize(document) + ":" + (i + 1) + " " + target + ": no such file");
                    }
                }
            }
        }
        assertThat(broken).as("links in the docs that lead nowhere or out of the repository").isEmpty();
    }

    /** A section pasted twice (an edit that kept the old text around the new) shows as a heading seen twice. */
    @Test
    void no_document_repeats_a_section() throws IOException {
        List<String> repeated = new ArrayList<>();
        for (Path document : documents) {
            Set<String> headings = new HashSet<>();
            boolean inCode = false;
            for (String line : Files.readAllLines(document, StandardCharsets.UTF_8)) {
                if (line.startsWith("```")) {
                    inCode = !inCode;
                } else if (!inCode && line.startsWith("#") && !headings.add(line.strip())) {
                    repeated.add(root.relativize(document) + ": " + line.strip());
                }
            }
        }
        assertThat(repeated).as("headings that appear twice in one document").isEmpty();
    }

    @Test
    void the_check_finds_what_it_is_meant_to_find() {
        Path readme = root.resolve("README.md");
        assertThat(problemWith("RecoverySweep", readme)).isNull();
        assertThat(problemWith("OutboxSweep", readme)).isNotNull();
        assertThat(problemWith("leavenotify.jwt.previous-secrets", readme)).isNull();
        assertThat(problemWith("leavenotify.jwt.previous-secret", readme)).isNotNull();
        assertThat(problemWith("spring.mongodb.uri", readme)).isNull();
        assertThat(problemWith("docs/production.md", readme)).isNull();
        assertThat(problemWith("docs/operations.md", readme)).isNotNull();
        assertThat(problemWith("benchmarks/target/quick-load/", readme)).as("a build's output").isNull();
        assertThat(problemWith("ArchitectureRules.the_core_never_reads_the_system_clock", readme)).isNull();
        assertThat(problemWith("ArchitectureRules.the_core_never_reads_the_clock", readme)).isNotNull();
        assertThat(problemWith("REUSED_REFRESH_TOKEN", readme)).isNull();
        assertThat(problemWith("REUSED_ACCESS_TOKEN", readme)).isNotNull();
        assertThat(problemWith("SimpleBrokerMessageHandler", readme)).isNull();
        assertThat(problemWith("ValidationFailed", readme)).isNull();
        assertThat(problemWith("leavenotify_notifications_push_latency_seconds", readme)).isNull();
        assertThat(problemWith("leavenotify_notifications_pull_latency_seconds", readme)).isNotNull();
        assertThat(problemWith("bootstrap/src/test/.../websocket/RealTimeNotificationsTest", readme)).isNull();
        assertThat(problemWith("bootstrap/src/test/.../websocket/UnrealTimeNotificationsTest", readme)).isNotNull();
        assertThat(problemWith("application-ports/.../port/out", readme)).as("a folder, elided").isNull();
    }

    /** What is wrong with one code span, or null when it names something that exists (or is not a name). */
    static String problemWith(String span, Path document) {
        String text = span.endsWith(",") || span.endsWith(";") ? span.substring(0, span.length() - 1) : span;
        Matcher property = PROPERTY.matcher(text);
        if (property.matches()) {
            return propertyExists(property.group(1)) ? null : "no such property";
        }
        if (text.startsWith("../")) {
            return "outside the repository";
        }
        if (text.contains(" ") || text.startsWith("/") || text.startsWith("-") || text.contains("://")) {
            return null;
        }
        if (text.contains("+")) {
            return null; // a media type such as application/problem+json, not a path
        }
        if (looksLikeRepositoryPath(text)) {
            return repositoryPathExists(text, document) ? null : "no such file in the repository";
        }
        Matcher member = QUALIFIED_MEMBER.matcher(text);
        if (member.matches() && TYPE_NAME.matcher(member.group(1)).matches()) {
            return memberExists(member.group(1), member.group(2)) ? null : "no such type or member";
        }
        if (TYPE_NAME.matcher(text).matches()) {
            return typeExists(text) ? null : "no such type";
        }
        Matcher method = BARE_METHOD.matcher(text);
        if (method.matches()) {
            return sources.indexOf(method.group(1) + "(") >= 0 ? null : "no such method";
        }
        if (CONSTANT_OR_SNAKE.matcher(text).matches() && text.length() > 3) {
            return mentionedInSources(text) ? null : "not written anywhere in the sources";
        }
        return null;
    }

    private static boolean looksLikeRepositoryPath(String text) {
        int slash = text.indexOf('/');
        String first = slash < 0 ? text : text.substring(0, slash);
        if (slash > 0 && topLevelNames.contains(first) && !first.equals("data")) {
            return true;
        }
        return slash < 0 && text.matches("[A-Za-z0-9_.\\-]+\\.(md|java|feature|sh|py|jsx?|json|yml|yaml)");
    }

    private static boolean repositoryPathExists(String text, Path document) {
        String path = text.replaceAll("[:#].*$", "").replaceAll("/\\*+$", "").replaceAll("/$", "");
        if (("/" + path + "/").contains("/target/")) {
            return true; // what a build writes, absent from a fresh clone
        }
        if (path.contains("*") || path.contains("<") || path.contains("{")) {
            return true;
        }
        if (path.contains("...")) {
            Pattern elided = Pattern.compile(Pattern.quote(path).replace("...", "\\E.*\\Q") + "(\\.java)?(/.*)?");
            return relativePaths.stream().anyMatch(p -> elided.matcher(p).matches());
        }
        for (String candidate : List.of(path, path + ".java")) {
            if (Files.exists(root.resolve(candidate)) || Files.exists(document.getParent().resolve(candidate))) {
                return true;
            }
        }
        return !path.contains("/") && fileNames.contains(path);
    }

    private static boolean typeExists(String name) {
        return declaredTypes.contains(name) || fileNames.contains(name + ".java") || classpathTypes.contains(name)
                || WEB_PLATFORM_WORDS.contains(name)
                || sources.indexOf("\"" + name + "\"") >= 0 // a code the application answers with, like ValidationFailed
                || Pattern.compile("\\b" + name + "\\b").matcher(scriptSources).find(); // a browser or library class the web client uses
    }

    private static boolean memberExists(String type, String member) {
        if (!typeExists(type)) {
            return false;
        }
        if (!declaredTypes.contains(type)) {
            return true;
        }
        return Pattern.compile("\\b" + Pattern.quote(member) + "\\b").matcher(sources).find();
    }

    private static boolean mentionedInSources(String text) {
        if (Pattern.compile("\\b" + Pattern.quote(text) + "\\b").matcher(sources).find()) {
            return true;
        }
        if (text.startsWith("ROLE_")) {
            return mentionedInSources(text.substring("ROLE_".length())); // Spring Security's authority prefix
        }
        if (text.startsWith("leavenotify_")) {
            String meter = text;
            for (String suffix : METRIC_SUFFIXES) {
                if (meter.endsWith(suffix)) {
                    meter = meter.substring(0, meter.length() - suffix.length());
                    break;
                }
            }
            return sources.indexOf("\"" + meter.replace('_', '.') + "\"") >= 0; // the Prometheus name of a meter
        }
        return text.equals(text.toUpperCase()) && text.contains("_") && environmentVariableOfAProperty(text);
    }

    private static boolean propertyExists(String property) {
        String name = property.replaceAll("\\[[^]]*]", "");
        if (metadataProperties.contains(name)
                || Pattern.compile(Pattern.quote(name) + "(?![A-Za-z0-9-])").matcher(sources).find()) {
            return true;
        }
        for (String known : metadataProperties) {
            if (known.startsWith(name + ".")) {
                return true; // a group of properties, like leavenotify.jwt
            }
        }
        for (String map : mapProperties) {
            if (name.startsWith(map + ".")) {
                return true; // a key of a map property, like logging.level.org.leavenotify
            }
        }
        return relaxedMatch(name);
    }

    /** Spring's relaxed binding: {@code leavenotify.jwt.keyFile} and {@code key-file} are one property. */
    private static boolean relaxedMatch(String name) {
        String canonical = name.replace("-", "").toLowerCase();
        for (String known : metadataProperties) {
            if (known.replace("-", "").toLowerCase().equals(canonical)) {
                return true;
            }
        }
        return false;
    }

    /** Spring's binding of environment variables: LEAVENOTIFY_FIRST_ADMINISTRATOR_USERNAME is a property. */
    private static boolean environmentVariableOfAProperty(String variable) {
        String letters = variable.replace("_", "").toLowerCase();
        return metadataProperties.stream().anyMatch(p -> p.replaceAll("[.\\-]", "").toLowerCase().equals(letters));
    }

    private static void walk(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            for (Path child : children.sorted().toList()) {
                String name = child.getFileName().toString();
                if (Files.isDirectory(child)) {
                    if (!SKIPPED_FOLDERS.contains(name)) {
                        walk(child);
                    }
                    continue;
                }
                fileNames.add(name);
                relativePaths.add(root.relativize(child).toString().replace('\\', '/'));
                String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
                if (name.endsWith(".md")) {
                    documents.add(child);
                } else if (name.equals("package-lock.json") || name.equals(SELF)) {
                    continue;
                } else if (SOURCE_EXTENSIONS.contains(extension) || extension.isEmpty() || name.equals("Dockerfile")) {
                    String text = readText(child);
                    sources.append(text).append('\n');
                    collect(DECLARED_JAVA_TYPE, text, declaredTypes);
                    if (extension.startsWith("js") || extension.equals("mjs") || extension.equals("ts")) {
                        scriptSources.append(text).append('\n');
                        collect(DECLARED_SCRIPT_NAME, text, declaredTypes);
                        declaredTypes.add(name.substring(0, name.indexOf('.')));
                    }
                }
            }
        }
    }

    private static String readText(Path file) {
        try {
            if (Files.size(file) > 2_000_000) {
                return "";
            }
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0; i < Math.min(bytes.length, 512); i++) {
                if (bytes[i] == 0) {
                    return "";
                }
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Pattern declaration, String text, Set<String> into) {
        Matcher matcher = declaration.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    /** Simple names of every class on the test classpath and in the JDK, and every documented property. */
    private static void indexClasspath() throws IOException {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    jar.stream().forEach(e -> addClassName(e.getName()));
                }
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.forEach(f -> addClassName(path.relativize(f).toString()));
                }
            }
        }
        FileSystem jdk = FileSystems.getFileSystem(URI.create("jrt:/"));
        try (Stream<Path> files = Files.walk(jdk.getPath("/modules"))) {
            files.forEach(f -> addClassName(f.toString()));
        }
        JsonMapper json = JsonMapper.builder().build();
        for (String resource : List.of("META-INF/spring-configuration-metadata.json",
                "META-INF/additional-spring-configuration-metadata.json")) {
            Enumeration<URL> urls = DocumentationNamesExistTest.class.getClassLoader().getResources(resource);
            for (URL url : Collections.list(urls)) {
                try (var in = url.openStream()) {
                    JsonNode metadata = json.readTree(in);
                    for (JsonNode property : metadata.path("properties")) {
                        String name = property.path("name").asString();
                        metadataProperties.add(name);
                        if (property.path("type").asString("").startsWith("java.util.Map")) {
                            mapProperties.add(name);
                        }
                    }
                    for (JsonNode group : metadata.path("groups")) {
                        metadataProperties.add(group.path("name").asString());
                    }
                }
            }
        }
    }

    private static void addClassName(String entry) {
        if (!entry.endsWith(".class")) {
            return;
        }
        String simple = entry.substring(entry.lastIndexOf('/') + 1, entry.length() - ".class".length());
        for (String part : simple.split("\\$")) {
            classpathTypes.add(part);
        }
    }
}

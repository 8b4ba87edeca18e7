package org.leavenotify.acceptance.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's headless Chromium and its chromedriver (Debian: {@code apt-get install chromium
 * chromium-driver}; .ci/run installs them). Both paths are given to Selenium, so Selenium Manager downloads
 * nothing. {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER} override where they are looked for.
 */
final class Chromium {

    static final List<String> BINARIES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private final Path binary;
    private final Path driver;

    private Chromium(Path binary, Path driver) {
        this.binary = binary;
        this.driver = driver;
    }

    static Optional<Chromium> find() {
        Optional<Path> binary = executable("CHROMIUM_BINARY", BINARIES);
        Optional<Path> driver = executable("CHROMEDRIVER", DRIVERS);
        return binary.isPresent() && driver.isPresent()
                ? Optional.of(new Chromium(binary.get(), driver.get()))
                : Optional.empty();
    }

    /**
     * A fresh browser with its own profile directory, so two of them are two separate users; {@code extra}
     * are further command-line switches.
     */
    ChromeDriver start(Path profiles, String... extra) {
        try {
            Path profile = Files.createTempDirectory(Files.createDirectories(profiles), "profile-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(binary.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US",
                    "--user-data-dir=" + profile.toAbsolutePath());
            options.addArguments(extra);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(driver.toString()))
                    .usingAnyFreePort()
                    .build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> executable(String variable, List<String> candidates) {
        String configured = System.getenv(variable);
        return Stream.concat(Stream.ofNullable(configured), candidates.stream())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }
}

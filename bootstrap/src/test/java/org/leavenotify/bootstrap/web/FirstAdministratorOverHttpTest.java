package org.leavenotify.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A fresh installation without demo users (as under the prod profile) gets its first HR administrator from
 * the settings and a password file only its owner may read; an installation that has one is left alone.
 */
class FirstAdministratorOverHttpTest {

    private static final String PASSWORD = "a long and unusual first password";

    @TempDir
    Path dir;

    private Path passwordFile(String permissions) throws IOException {
        Path file = dir.resolve("first-password");
        Files.writeString(file, PASSWORD + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    private ConfigurableApplicationContext start(boolean demo, Path passwordFile) {
        // as arguments, which win over application.properties (default properties would not)
        return new SpringApplicationBuilder(LeaveNotifyApplication.class)
                .run("--server.port=0", "--spring.main.banner-mode=off", "--leavenotify.store=in-memory",
                        "--leavenotify.demo.enabled=" + demo,
                        "--leavenotify.first-administrator.username=rosa",
                        "--leavenotify.first-administrator.display-name=Rosa Root",
                        "--leavenotify.first-administrator.password-file=" + passwordFile);
    }

    private static HttpApi api(ConfigurableApplicationContext application) {
        return new HttpApi(Integer.parseInt(application.getEnvironment().getProperty("local.server.port")));
    }

    @Test
    void anEmptyInstallationGetsItsFirstAdministratorWhoChoosesHerOwnPasswordAndAdministers() throws IOException {
        try (ConfigurableApplicationContext application = start(false, passwordFile("rw-------"))) {
            HttpApi api = api(application);
            HttpApi.Answer withTheOperatorsOnly = api.post("/api/auth/login", null,
                    "{\"username\": \"rosa\", \"password\": \"" + PASSWORD + "\"}");
            assertThat(withTheOperatorsOnly.status()).isEqualTo(401);
            assertThat(withTheOperatorsOnly.json().get("code").asString()).isEqualTo("PASSWORD_CHANGE_REQUIRED");

            HttpApi.Answer signedIn = api.post("/api/auth/login", null, "{\"username\": \"rosa\", \"password\": \""
                    + PASSWORD + "\", \"newPassword\": \"rosa chose this passphrase herself\"}");
            assertThat(signedIn.status()).isEqualTo(200);
            assertThat(api.post("/api/auth/login", null, "{\"username\": \"rosa\", \"password\": \"" + PASSWORD
                    + "\"}").status()).as("the operator's password no longer works").isEqualTo(401);

            HttpApi.Answer everyone = api.get("/api/admin/employees", signedIn.json().get("accessToken").asString());

            assertThat(everyone.status()).isEqualTo(200);
            assertThat(everyone.json()).singleElement().satisfies(rosa ->
                    assertThat(rosa.get("roles").toString()).contains("HR_ADMIN"));
        }
    }

    @Test
    void anInstallationWithAnAdministratorIsLeftAlone() throws IOException {
        try (ConfigurableApplicationContext application = start(true, passwordFile("rw-------"))) {
            assertThat(api(application).post("/api/auth/login", null,
                    "{\"username\": \"rosa\", \"password\": \"" + PASSWORD + "\"}").status()).isEqualTo(401);
        }
    }

    @Test
    void aPasswordFileOthersMayReadStopsTheStart() throws IOException {
        Path readable = passwordFile("rw-r--r--");

        assertThatThrownBy(() -> start(false, readable).close())
                .hasStackTraceContaining("chmod 600");
    }
}

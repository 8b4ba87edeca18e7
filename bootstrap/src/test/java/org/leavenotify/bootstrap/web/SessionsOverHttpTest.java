package org.leavenotify.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Sessions that last (../shared/CONTRACT.md, "Sessions") on the assembled embedded default, over real HTTP
 * and real cookies: renewal through the refresh cookie, a restart that logs nobody out (the signing key kept
 * in the data directory, the refresh tokens in the store), a replayed cookie that ends its sign-in, logout,
 * and a password change that ends every earlier session.
 */
class SessionsOverHttpTest {

    private static final String REQUESTED_WITH = "X-Requested-With";

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        // as arguments, which win over application.properties (default properties would not)
        return new SpringApplicationBuilder(LeaveNotifyApplication.class)
                .run("--server.port=0", "--spring.main.banner-mode=off", "--leavenotify.embedded-store.data-dir=" + data);
    }

    private static HttpApi api(ConfigurableApplicationContext application) {
        return new HttpApi(Integer.parseInt(application.getEnvironment().getProperty("local.server.port")));
    }

    /** The refresh token a Set-Cookie header holds ("name=value; attributes"). */
    private static String refreshCookie(HttpApi.Answer answer) {
        String setCookie = answer.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("leavenotify_refresh=")).findFirst().orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static HttpApi.Answer refresh(HttpApi api, String cookie) {
        return api.postWithHeaders("/api/auth/refresh", "Cookie", cookie, REQUESTED_WITH, "fetch");
    }

    private static HttpApi.Answer signIn(HttpApi api, String password) {
        return api.post("/api/auth/login", null, "{\"username\": \"alice\", \"password\": \"" + password + "\"}");
    }

    @Test
    void aSignInIsRenewedByItsCookieAndSurvivesARestartOfTheEmbeddedDefault() throws IOException {
        String renewedToken;
        String cookie;
        try (ConfigurableApplicationContext first = start()) {
            HttpApi api = api(first);
            HttpApi.Answer signedIn = signIn(api, "demo");
            assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(set -> assertThat(set)
                    .startsWith("leavenotify_refresh=").contains("HttpOnly", "SameSite=Strict", "Path=/api/auth"));

            HttpApi.Answer renewed = refresh(api, refreshCookie(signedIn));
            assertThat(renewed.status()).isEqualTo(200);
            renewedToken = renewed.json().get("accessToken").asString();
            cookie = refreshCookie(renewed);
            assertThat(api.get("/api/leave-requests/mine", renewedToken).status()).isEqualTo(200);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("jwt-signing-key"))))
                .isEqualTo("rw-------");

        try (ConfigurableApplicationContext restarted = start()) {
            HttpApi api = api(restarted);

            assertThat(api.get("/api/leave-requests/mine", renewedToken).status())
                    .as("an access token from before the restart").isEqualTo(200);
            HttpApi.Answer afterRestart = refresh(api, cookie);
            assertThat(afterRestart.status()).as("a refresh cookie from before the restart").isEqualTo(200);

            HttpApi.Answer replayed = refresh(api, cookie);
            assertThat(replayed.status()).isEqualTo(401);
            assertThat(replayed.json().get("code").asString()).isEqualTo("REUSED_REFRESH_TOKEN");
            assertThat(refresh(api, refreshCookie(afterRestart)).json().get("code").asString())
                    .as("the thief's successor and the owner's alike").isEqualTo("SESSION_ENDED");
        }
    }

    @Test
    void loggingOutEndsThatSignInAndAPasswordChangeEndsEveryOther() {
        try (ConfigurableApplicationContext application = start()) {
            HttpApi api = api(application);
            String laptop = refreshCookie(signIn(api, "demo"));
            HttpApi.Answer phone = signIn(api, "demo");
            String phoneCookie = refreshCookie(phone);

            HttpApi.Answer loggedOut = api.postWithHeaders("/api/auth/logout", "Cookie", laptop, REQUESTED_WITH, "x");
            assertThat(loggedOut.status()).isEqualTo(204);
            assertThat(loggedOut.header("Set-Cookie")).contains("Max-Age=0");
            assertThat(refresh(api, laptop).json().get("code").asString()).isEqualTo("SESSION_ENDED");
            assertThat(api.postWithHeaders("/api/auth/refresh", "Cookie", phoneCookie).status())
                    .as("without X-Requested-With").isEqualTo(403);

            HttpApi.Answer changed = api.post("/api/me/password", phone.json().get("accessToken").asString(),
                    "{\"currentPassword\": \"demo\", \"newPassword\": \"correct horse battery staple\"}");
            assertThat(changed.status()).isEqualTo(204);

            assertThat(refresh(api, phoneCookie).json().get("code").asString()).isEqualTo("REVOKED_TOKEN");
        }
    }
}

package org.leavenotify.bootstrap.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stopping the application closes every open STOMP connection cleanly (WebSocket close 1001, "going
 * away"), so clients know to reconnect elsewhere instead of waiting for a heart-beat timeout.
 */
class GracefulShutdownTest {

    @TempDir
    Path dataDir;

    @Test
    void stoppingTheApplicationClosesOpenStompSessionsWithGoingAway() throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(LeaveNotifyApplication.class)
                .run("--server.port=0", "--leavenotify.embedded-store.data-dir=" + dataDir,
                        "--spring.main.banner-mode=off");
        CompletableFuture<Integer> closeStatus = new CompletableFuture<>();
        try {
            int port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
            String token = logIn(port, "bob");
            CompletableFuture<String> connected = new CompletableFuture<>();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create("ws://localhost:" + port + "/ws"), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            if (data.toString().startsWith("CONNECTED")) {
                                connected.complete(data.toString());
                            }
                            webSocket.request(1);
                            return null;
                        }

                        @Override
                        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                            closeStatus.complete(statusCode);
                            return null;
                        }

                        @Override
                        public void onError(WebSocket webSocket, Throwable error) {
                            closeStatus.completeExceptionally(error);
                        }
                    }).get(10, TimeUnit.SECONDS);
            socket.sendText("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\nAuthorization:Bearer "
                    + token + "\n\n\0", true).get(10, TimeUnit.SECONDS);
            connected.get(10, TimeUnit.SECONDS);
        } finally {
            app.close();
        }

        assertThat(closeStatus.get(20, TimeUnit.SECONDS)).as("close status: 1001 is going away").isEqualTo(1001);
    }

    private static String logIn(int port, String username) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"" + username + "\",\"password\":\"demo\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        assertThat(token.find()).as(response.body()).isTrue();
        return token.group(1);
    }
}

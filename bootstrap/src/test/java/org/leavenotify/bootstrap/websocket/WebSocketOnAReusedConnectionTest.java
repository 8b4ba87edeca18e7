package org.leavenotify.bootstrap.websocket;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client whose HTTP stack sends its WebSocket handshake on a kept-alive connection (the JDK's
 * {@code HttpClient} does) gets a clean 101 however many requests that connection carried before. With
 * Tomcat's default of 100 requests per connection, the 100th (here the handshake) was answered 101 with
 * a second {@code Connection: close} header beside {@code Connection: upgrade}, and the JDK refused the
 * handshake ({@code server.tomcat.max-keep-alive-requests} in application.properties). Same settings as
 * {@link ConnectionBuffersTest}, so both share one running application.
 */
@SpringBootTest(classes = LeaveNotifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leavenotify.store=mongodb",
                "leavenotify.embedded-store.data-dir=target/web-test-data/${random.uuid}"})
class WebSocketOnAReusedConnectionTest {

    /** Tomcat's default limit of requests per connection, less one: the handshake is the hundredth. */
    private static final int REQUESTS_BEFORE = 99;

    @LocalServerPort
    int port;

    @Test
    void theHandshakeIsAcceptedAsTheHundredthRequestOfAConnection() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
        for (int i = 0; i < REQUESTS_BEFORE; i++) {
            HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().allValues("Connection")).doesNotContain("close");
        }

        WebSocket socket = http.newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new WebSocket.Listener() { })
                .get(30, TimeUnit.SECONDS);

        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(10, TimeUnit.SECONDS);
    }
}

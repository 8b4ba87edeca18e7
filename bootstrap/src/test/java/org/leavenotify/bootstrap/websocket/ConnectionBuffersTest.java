package org.leavenotify.bootstrap.websocket;

import java.lang.reflect.Field;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-connection buffers the application ships with (docs/performance.md, "Tuning": together with
 * the 4 KB frame limit they take a session from ~106 KB to ~35 KB of heap). Same settings as
 * {@link RealTimeNotificationsTest}, so both share one running application; that class also shows a list
 * page longer than the WebSocket buffer arriving whole.
 */
@SpringBootTest(classes = LeaveNotifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leavenotify.store=mongodb",
                "leavenotify.embedded-store.data-dir=target/web-test-data/${random.uuid}"})
class ConnectionBuffersTest {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void everyConnectionReadsAndWritesThroughTwoKilobyteSocketBuffers() {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();

        assertThat(String.valueOf(connector.getProperty("socket.appReadBufSize"))).isEqualTo("2048");
        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize"))).isEqualTo("2048");
    }

    @Test
    void tomcatsWebSocketBuffersAreOneKilobyte() throws ReflectiveOperationException {
        // Tomcat reads its system property once, into this constant, when its WebSocket classes load
        Field size = Class.forName("org.apache.tomcat.websocket.Constants").getDeclaredField("DEFAULT_BUFFER_SIZE");
        size.setAccessible(true);

        assertThat(size.getInt(null)).isEqualTo(1024);
    }
}

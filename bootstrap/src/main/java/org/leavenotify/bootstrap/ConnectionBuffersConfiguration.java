package org.leavenotify.bootstrap;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sizes Tomcat's per-connection buffers from {@link ConnectionBuffersProperties}. Both are applied while
 * the web server is being created, before Tomcat starts and before its WebSocket classes load.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConnectionBuffersProperties.class)
public class ConnectionBuffersConfiguration {

    /** Tomcat's system property for the WebSocket buffers; read once, when its WebSocket classes load. */
    static final String WEBSOCKET_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    @Bean
    TomcatConnectorCustomizer connectionBuffers(ConnectionBuffersProperties properties) {
        String socketBuffer = Long.toString(properties.socketBufferSize().toBytes());
        String websocketBuffer = Long.toString(properties.websocketBufferSize().toBytes());
        return connector -> {
            connector.setProperty("socket.appReadBufSize", socketBuffer);
            connector.setProperty("socket.appWriteBufSize", socketBuffer);
            if (System.getProperty(WEBSOCKET_BUFFER_PROPERTY) == null) {
                System.setProperty(WEBSOCKET_BUFFER_PROPERTY, websocketBuffer);
            }
        };
    }
}

package org.leavenotify.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The heap every open connection holds in Tomcat ({@code leavenotify.connections.*}). A WebSocket stays
 * open for hours, so these buffers are paid once per connected browser tab; Tomcat's defaults (8 KB each)
 * are sized for large HTTP exchanges, while this application's messages are under 1 KB. docs/performance.md
 * ("Tuning") gives what each one saves per session.
 *
 * @param socketBufferSize    Tomcat's read and write buffer of every connection ({@code socket.appReadBufSize},
 *                            {@code socket.appWriteBufSize}; Tomcat's default 8 KB each). Larger requests and
 *                            responses go through it in several passes
 * @param websocketBufferSize the output buffers of every WebSocket session (Tomcat's system property
 *                            {@code org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE}, default 8 KB). A longer
 *                            message goes out as several WebSocket frames of one message, which every
 *                            WebSocket client joins. Tomcat reads it once per JVM, when the first WebSocket
 *                            class loads, so it applies only if set before that; a value given on the command
 *                            line with {@code -Dorg.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE} wins
 */
@ConfigurationProperties(prefix = "leavenotify.connections")
public record ConnectionBuffersProperties(@DefaultValue("2KB") DataSize socketBufferSize,
                                          @DefaultValue("1KB") DataSize websocketBufferSize) {
}

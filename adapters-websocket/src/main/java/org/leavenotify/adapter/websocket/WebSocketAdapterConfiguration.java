package org.leavenotify.adapter.websocket;

import org.springframework.context.annotation.Configuration;

/** The websocket adapter's beans; imported by the bootstrap application. */
@Configuration(proxyBeanMethods = false)
public class WebSocketAdapterConfiguration {
}

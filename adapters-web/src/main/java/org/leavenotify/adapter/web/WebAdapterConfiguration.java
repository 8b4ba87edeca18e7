package org.leavenotify.adapter.web;

import org.springframework.context.annotation.Configuration;

/** The web adapter's beans; imported by the bootstrap application. */
@Configuration(proxyBeanMethods = false)
public class WebAdapterConfiguration {
}

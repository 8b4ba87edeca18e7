package org.leavenotify.adapter.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The root configuration that {@code @WebMvcTest} slices of this module find: the whole web adapter,
 * as bootstrap imports it. The use cases it needs are {@code @MockitoBean}s of each test.
 */
@SpringBootConfiguration
@Import(WebAdapterConfiguration.class)
public class WebSliceTestApplication {
}

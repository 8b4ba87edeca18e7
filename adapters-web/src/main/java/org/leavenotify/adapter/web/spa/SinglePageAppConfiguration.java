package org.leavenotify.adapter.web.spa;

import java.time.Duration;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How the single-page app (web-client/, built into {@code classpath:/static}) is served: its hashed assets
 * cached for a year as immutable (a new build has new names), {@code index.html} never cached, and every
 * page address of the app ({@code /requests/lr-1}, {@code /team}, an unknown one) answered with
 * {@code index.html}, so that links, reloads and bookmarks work and the app shows its own not-found page.
 * Compression is a server setting (bootstrap's {@code server.compression.*}).
 */
@Configuration(proxyBeanMethods = false)
public class SinglePageAppConfiguration implements WebMvcConfigurer {

    static final Duration ASSET_LIFETIME = Duration.ofDays(365);

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(ASSET_LIFETIME).cachePublic().immutable());
    }

    /** Before Spring Security: it only ever forwards to {@code index.html}, which is public. */
    @Bean
    FilterRegistrationBean<SinglePageAppRoutes> singlePageAppRoutes() {
        FilterRegistrationBean<SinglePageAppRoutes> registration = new FilterRegistrationBean<>(new SinglePageAppRoutes());
        registration.setOrder(SinglePageAppRoutes.ORDER);
        return registration;
    }
}

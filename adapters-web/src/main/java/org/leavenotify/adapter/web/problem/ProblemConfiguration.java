package org.leavenotify.adapter.web.problem;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The error model of the API: the exception handler, the problem writer for filters, the body limit. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebProperties.class)
public class ProblemConfiguration {

    /** Runs before Spring Security (order -100), so an oversized body is refused before anything reads it. */
    static final int BODY_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 50;

    @Bean
    ProblemResponseWriter problemResponseWriter(WebProperties properties) {
        return new ProblemResponseWriter(properties.storeRetryAfter());
    }

    @Bean
    ApiExceptionHandler apiExceptionHandler(WebProperties properties) {
        return new ApiExceptionHandler(properties);
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(WebProperties properties,
                                                                          ProblemResponseWriter problems) {
        var registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(properties.maxRequestBody().toBytes(), problems));
        registration.setOrder(BODY_LIMIT_ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }
}

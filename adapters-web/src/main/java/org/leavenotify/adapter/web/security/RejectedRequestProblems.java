package org.leavenotify.adapter.web.security;

import org.leavenotify.adapter.web.problem.ProblemResponseWriter;
import org.leavenotify.adapter.web.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests that Spring Security's firewall refuses before anything else sees them (a path with
 * {@code ..}, {@code ;} or an encoded slash, a header with a control character) are answered 400 as
 * problem+json like every other error of the API, instead of the servlet container's error page.
 */
@Configuration(proxyBeanMethods = false)
public class RejectedRequestProblems {

    static final String CODE = "RequestRejected";
    private static final Logger LOG = LoggerFactory.getLogger(RejectedRequestProblems.class);

    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemResponseWriter problems) {
        return (request, response, rejected) -> {
            LOG.debug("Request rejected by the firewall from {}: {}", request.getRemoteAddr(), rejected.getMessage());
            problems.write(request, response, Problems.problem(HttpStatus.BAD_REQUEST, CODE,
                    "the request is not allowed: its path or headers contain something no API call needs"),
                    HttpHeaders.EMPTY);
        };
    }
}

package org.leavenotify.adapter.web.security;

import java.util.Set;

import org.leavenotify.adapter.web.problem.ProblemResponseWriter;
import org.leavenotify.application.auth.port.in.AuthenticateAccessTokenUseCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Stateless bearer-token security for the HTTP side of the application; imports the token and password
 * adapters behind the application's auth ports ({@link JwtConfiguration}).
 *
 * <p>Public: login, health probes, the API docs, the WebSocket handshakes (the STOMP CONNECT frame
 * carries the token and is checked there) and the static files of the single-page app. The other
 * actuator endpoints need the HR_ADMIN role. Everything else needs a valid bearer token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import({JwtConfiguration.class, LoginLimitsConfiguration.class})
public class SecurityConfiguration {

    static final String LOGIN_PATH = "/api/auth/login";
    /** Login, renewal and logout: reached without a bearer token, and a stale one sent along is ignored. */
    static final Set<String> SESSION_PATHS = Set.of(LOGIN_PATH, "/api/auth/refresh", "/api/auth/logout");
    static final String CSP = "Content-Security-Policy";
    static final String APPLICATION_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    private static final RequestMatcher SWAGGER_UI = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

    /**
     * Nobody authenticates with a username and password through Spring Security: logins go through
     * the application's LogInUseCase and come back as bearer tokens. Declaring this manager also stops
     * Spring Boot from creating its default user with a generated password.
     */
    @Bean
    AuthenticationManager noPasswordAuthentication() {
        return authentication -> {
            throw new ProviderNotFoundException("only bearer tokens are accepted");
        };
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticateAccessTokenUseCase authenticator,
                                    ProblemResponseWriter problems, WebSecurityAudit audit) throws Exception {
        var entryPoint = new ProblemAuthenticationEntryPoint(problems);
        http
                // No CSRF protection: the API reads its caller from an Authorization header that a browser
                // never adds by itself, and keeps no session or cookie, so a forged cross-site request
                // carries no credentials (CSRF needs ambient credentials such as cookies).
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                // Beside Spring Security's defaults (nosniff, frame DENY, no-store, HSTS on requests that came
                // over HTTPS): a CSP that allows what the SPA loads (its own scripts, styles and socket, the
                // data: favicon) and nothing else; Swagger UI gets inline styles, which it needs. No referrer
                // leaves the application; no browser feature it does not use can be asked for.
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
                                new StaticHeadersWriter(CSP, SWAGGER_UI_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
                                new StaticHeadersWriter(CSP, APPLICATION_POLICY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
                .addFilterBefore(new AccessTokenAuthenticationFilter(authenticator, entryPoint, problems, audit),
                        BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new ProblemAccessDeniedHandler(problems)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(SESSION_PATHS.toArray(String[]::new)).permitAll()
                        // an e-mail's unsubscribe link: its signed token, not a login, says whose and what
                        .requestMatchers("/api/unsubscribe").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/ws", "/ws/**", "/ws-sockjs", "/ws-sockjs/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/asyncapi.yaml", "/asyncapi.json").permitAll()
                        .requestMatchers(HttpMethod.GET, "/", "/index.html", "/assets/**", "/favicon.ico").permitAll()
                        // the notification client's example page (notification-client/example)
                        .requestMatchers(HttpMethod.GET, "/examples/**").permitAll()
                        // Error dispatches must show the original error, not a 401 in its place.
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole("HR_ADMIN")
                        .requestMatchers("/api/admin/**", "/api/employees/import").hasRole("HR_ADMIN")
                        .anyRequest().authenticated());
        return http.build();
    }
}

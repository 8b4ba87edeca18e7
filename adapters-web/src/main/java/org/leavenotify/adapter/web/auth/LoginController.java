package org.leavenotify.adapter.web.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.leavenotify.adapter.web.openapi.ProblemResponses;
import org.leavenotify.adapter.web.security.WebSecurityAudit;
import org.leavenotify.application.auth.AccessToken;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.auth.port.in.LogInUseCase;
import org.leavenotify.application.auth.port.in.LogInUseCase.LogInCommand;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exchanges a username and password for a bearer token. The throttle lives in the use case and the audit
 * here, on the handler the request was routed to: no spelling of the path reaches the login without both.
 */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "Authentication")
final class LoginController {

    private final LogInUseCase login;
    private final WebSecurityAudit audit;

    LoginController(LogInUseCase login, WebSecurityAudit audit) {
        this.login = login;
        this.audit = audit;
    }

    @PostMapping("/login")
    @SecurityRequirements
    @Operation(summary = "Log in", description = "Checks the username and password and returns a bearer token. "
            + "A wrong password and an unknown username get the same 401. After 5 failures for one username from "
            + "one address within 5 minutes that username is locked for that address until the 5 minutes end "
            + "(429 LOCKED with Retry-After), whether it exists or not; other addresses are not affected. After "
            + "20 failures from one address within 5 minutes, every login from it is refused until they end "
            + "(429 TooManyLoginFailures with Retry-After). All four numbers are settings.")
    @ProblemResponses({400, 401, 429})
    ResponseEntity<AccessTokenResponse> logIn(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        String address = http.getRemoteAddr();
        AccessToken token;
        try {
            token = login.logIn(new LogInCommand(request.username(), request.password(), address));
        } catch (AuthenticationFailed refused) {
            audit.loginRefused(request.username(), address, refused.reason());
            throw refused;
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new AccessTokenResponse(token.value(), AccessTokenResponse.BEARER, token.expiresAt()));
    }
}

package org.leavenotify.adapter.web.auth;

import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.leavenotify.adapter.web.openapi.ProblemResponses;
import org.leavenotify.adapter.web.problem.Problems;
import org.leavenotify.adapter.web.security.WebSecurityAudit;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.auth.SignedIn;
import org.leavenotify.application.auth.port.in.LogInUseCase.LogInCommand;
import org.leavenotify.application.auth.port.in.SessionUseCase;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signing in, renewing and signing out (../shared/CONTRACT.md, "Authentication" and "Sessions"). The login
 * throttle lives in the use case and the audit here, on the handler the request was routed to: no spelling
 * of the path reaches the login without both. Renewal and logout read the refresh cookie and require an
 * {@code X-Requested-With} header, which a form on another site cannot send.
 */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "Authentication")
final class LoginController {

    static final String REQUESTED_WITH = "X-Requested-With";

    private final SessionUseCase sessions;
    private final WebSecurityAudit audit;
    private final Clock clock;

    LoginController(SessionUseCase sessions, WebSecurityAudit audit, Clock clock) {
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @PostMapping("/login")
    @SecurityRequirements
    @Operation(summary = "Log in", description = "Checks the username and password and returns a bearer token; "
            + "also sets the refresh cookie (HttpOnly, SameSite=Strict, path /api/auth) that renews it. "
            + "A wrong password and an unknown username get the same 401. After 5 failures for one username from "
            + "one address within 5 minutes that username is locked for that address until the 5 minutes end "
            + "(429 LOCKED with Retry-After), whether it exists or not; other addresses are not affected. After "
            + "20 failures from one address within 5 minutes, every login from it is refused until they end "
            + "(429 TooManyLoginFailures with Retry-After). All four numbers are settings. A password set for a "
            + "first sign-in (the first administrator's) is answered 401 PASSWORD_CHANGE_REQUIRED until it comes "
            + "with newPassword, which replaces it.")
    @ProblemResponses({400, 401, 429})
    ResponseEntity<AccessTokenResponse> logIn(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        String address = http.getRemoteAddr();
        SignedIn signedIn;
        try {
            signedIn = sessions.signIn(new LogInCommand(request.username(), request.password(), address,
                    request.newPassword() == null || request.newPassword().isBlank() ? null : request.newPassword()));
        } catch (AuthenticationFailed refused) {
            audit.loginRefused(request.username(), address, refused.reason());
            throw refused;
        }
        return answer(signedIn, http);
    }

    @PostMapping("/refresh")
    @SecurityRequirements
    @Operation(summary = "Renew the session", description = "Exchanges the refresh cookie for a new bearer token "
            + "and a new refresh cookie; the cookie presented cannot be used again. Presenting it a second time "
            + "ends every session of that sign-in (401 REUSED_REFRESH_TOKEN). Other 401 codes say why the session "
            + "ended: MISSING_REFRESH_TOKEN, UNKNOWN_REFRESH_TOKEN, EXPIRED_REFRESH_TOKEN, SESSION_ENDED, "
            + "REVOKED_TOKEN (a password or role change, or a deactivation). Requires the X-Requested-With header "
            + "(403 without it).")
    @Parameter(name = REQUESTED_WITH, in = ParameterIn.HEADER, required = true, example = "fetch")
    @ProblemResponses({401, 403})
    ResponseEntity<?> refresh(HttpServletRequest http, HttpServletResponse response) {
        if (!sentByScript(http)) {
            return missingRequestedWith();
        }
        SignedIn signedIn;
        try {
            signedIn = sessions.refresh(RefreshCookie.of(http).orElse(null));
        } catch (AuthenticationFailed refused) {
            response.addHeader(HttpHeaders.SET_COOKIE, RefreshCookie.cleared(http));
            throw refused;
        }
        return answer(signedIn, http);
    }

    @PostMapping("/logout")
    @SecurityRequirements
    @Operation(summary = "Log out", description = "Ends the session of the refresh cookie (every token renewed "
            + "from the same sign-in) and removes the cookie. Other sign-ins of the same person go on. Answers 204 "
            + "also when there is no session to end. Requires the X-Requested-With header (403 without it).")
    @Parameter(name = REQUESTED_WITH, in = ParameterIn.HEADER, required = true, example = "fetch")
    @ProblemResponses({403})
    ResponseEntity<?> logOut(HttpServletRequest http) {
        if (!sentByScript(http)) {
            return missingRequestedWith();
        }
        RefreshCookie.of(http).ifPresent(sessions::signOut);
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, RefreshCookie.cleared(http)).build();
    }

    private ResponseEntity<AccessTokenResponse> answer(SignedIn signedIn, HttpServletRequest http) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.SET_COOKIE, RefreshCookie.holding(signedIn.refreshToken(), http, clock.instant()))
                .body(new AccessTokenResponse(signedIn.accessToken().value(), AccessTokenResponse.BEARER,
                        signedIn.accessToken().expiresAt()));
    }

    private static boolean sentByScript(HttpServletRequest http) {
        String header = http.getHeader(REQUESTED_WITH);
        return header != null && !header.isBlank();
    }

    private static ResponseEntity<ProblemDetail> missingRequestedWith() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.problem(HttpStatus.FORBIDDEN,
                "MissingRequestedWith", "send the header " + REQUESTED_WITH + " (any value) with this request"));
    }
}

package org.leavenotify.adapter.web.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.leavenotify.adapter.web.openapi.ProblemResponses;
import org.leavenotify.application.auth.AccessToken;
import org.leavenotify.application.auth.port.in.LogInUseCase;
import org.leavenotify.application.auth.port.in.LogInUseCase.LogInCommand;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Exchanges a username and password for a bearer token. */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "Authentication")
final class LoginController {

    private final LogInUseCase login;

    LoginController(LogInUseCase login) {
        this.login = login;
    }

    @PostMapping("/login")
    @SecurityRequirements
    @Operation(summary = "Log in", description = "Checks the username and password and returns a bearer token. "
            + "A wrong password and an unknown username get the same 401. After 5 failures in a row a username "
            + "is locked for 5 minutes (429 with Retry-After), whether it exists or not (both numbers are settings).")
    @ProblemResponses({400, 401, 429})
    ResponseEntity<AccessTokenResponse> logIn(@Valid @RequestBody LoginRequest request) {
        AccessToken token = login.logIn(new LogInCommand(request.username(), request.password()));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new AccessTokenResponse(token.value(), AccessTokenResponse.BEARER, token.expiresAt()));
    }
}

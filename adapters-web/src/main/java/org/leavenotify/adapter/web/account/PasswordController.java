package org.leavenotify.adapter.web.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.leavenotify.adapter.web.openapi.ProblemResponses;
import org.leavenotify.application.auth.AuthenticatedUser;
import org.leavenotify.application.auth.port.in.ChangeOwnPasswordUseCase;
import org.leavenotify.application.auth.port.in.ChangeOwnPasswordUseCase.ChangeOwnPasswordCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account. */
@RestController
@Tag(name = "Authentication")
final class PasswordController {

    private final ChangeOwnPasswordUseCase changePassword;

    PasswordController(ChangeOwnPasswordUseCase changePassword) {
        this.changePassword = changePassword;
    }

    @PostMapping("/api/me/password")
    @Operation(summary = "Change my password", description = "With the current password. 403 "
            + "CurrentPasswordIncorrect when it is wrong; 400 PasswordTooShort (under 10 characters) or "
            + "PasswordTooLong (over 72 bytes). Wrong current passwords are throttled like logins (429 LOCKED "
            + "or TooManyLoginFailures, with Retry-After).")
    @ApiResponse(responseCode = "204", description = "Changed")
    @ProblemResponses({400, 401, 403, 429})
    ResponseEntity<Void> change(@AuthenticationPrincipal AuthenticatedUser caller,
                                @Valid @RequestBody ChangePasswordRequest request, HttpServletRequest http) {
        changePassword.changePassword(new ChangeOwnPasswordCommand(caller.employeeId(), request.currentPassword(),
                request.newPassword(), http.getRemoteAddr()));
        return ResponseEntity.noContent().build();
    }
}

package org.leavenotify.adapter.web.auth;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/auth/login}. */
record LoginRequest(@Schema(example = "alice") @NotBlank @Size(max = 100) String username,
                    @Schema(example = "demo", format = "password") @NotBlank @Size(max = 200) String password,
                    @Schema(description = "only with a password that must be changed at this sign-in (answered 401 "
                            + "PASSWORD_CHANGE_REQUIRED without it): the new one", format = "password",
                            nullable = true) @Size(max = 200) String newPassword) {

    @Override
    public String toString() {
        return "LoginRequest[" + username + "]";
    }
}

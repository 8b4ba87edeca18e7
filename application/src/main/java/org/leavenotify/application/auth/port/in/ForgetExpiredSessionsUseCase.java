package org.leavenotify.application.auth.port.in;

/** Housekeeping, for the recovery sweep: refresh tokens and ended sign-ins past their expiry are removed. */
public interface ForgetExpiredSessionsUseCase {

    /** Removes them all; returns how many it removed. */
    int forgetExpired();
}

package org.leavenotify.application.auth.port.in;

import org.leavenotify.application.auth.SignedIn;
import org.leavenotify.application.auth.port.in.LogInUseCase.LogInCommand;

/**
 * Sessions that last (../shared/CONTRACT.md, "Sessions"): signing in gives a short-lived access token and a
 * refresh token; presenting the refresh token gives a new pair, once. A refresh token presented a second
 * time ends every session of its sign-in (its family), since one of the two presenters stole it. Refusals
 * are {@link org.leavenotify.application.auth.AuthenticationFailed} naming what ended the session.
 */
public interface SessionUseCase {

    /** Checks the password as {@link LogInUseCase} does (same throttle, same refusals) and starts a family. */
    SignedIn signIn(LogInCommand command);

    /** A new access token and the successor of {@code refreshToken}, which cannot be used again. */
    SignedIn refresh(String refreshToken);

    /** Ends the family of {@code refreshToken}; nothing to do for a missing, unknown or ended one. */
    void signOut(String refreshToken);
}

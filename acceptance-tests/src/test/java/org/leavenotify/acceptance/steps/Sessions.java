package org.leavenotify.acceptance.steps;

/** Signing in, passes, passwords, and who may listen to what. */
public interface Sessions {

    /** Whether the password lets the person in. */
    boolean canSignIn(Persona who, String password);

    /** Signs the person in (with their password) and keeps their pass for later. */
    void signIn(Persona who);

    /** Whether the pass the person got when they signed in is still accepted. */
    boolean passStillAccepted(Persona who);

    void changeOwnPassword(Persona who, String currentPassword, String newPassword);

    /** Over the wire only: tries to listen to someone else's notifications. */
    void listenTo(Persona listener, Persona owner);

    /** Over the wire only. */
    void connectWithExpiredPass(Persona who);

    /** Over the wire only. */
    void connectWithForgedPass(Persona who);
}

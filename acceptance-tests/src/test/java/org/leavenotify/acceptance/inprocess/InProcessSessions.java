package org.leavenotify.acceptance.inprocess;

import static org.leavenotify.acceptance.inprocess.InProcessWorld.*;

import java.util.Map;

import org.leavenotify.acceptance.steps.Sessions;
import org.leavenotify.acceptance.steps.Persona;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.auth.AuthenticationService;
import org.leavenotify.application.auth.port.in.ChangeOwnPasswordUseCase.ChangeOwnPasswordCommand;
import org.leavenotify.application.auth.port.in.ChangeOwnPasswordUseCase;
import org.leavenotify.application.auth.port.in.LogInUseCase.LogInCommand;

/** Signing in and passwords, in-process (passes are notes naming their holder; channels exist only over the wire). */
class InProcessSessions implements Sessions {

    private final ChangeOwnPasswordUseCase changingPasswords;
    private final AuthenticationService authentication;
    private final Map<Persona, String> passes;

    InProcessSessions(InProcessWorld world) {
        this.changingPasswords = world.app().passwords;
        this.authentication = world.authentication();
        this.passes = world.passes();
    }

    @Override
    public void listenTo(Persona listener, Persona owner) {
        throw new UnsupportedOperationException("channels exist only over the wire");
    }

    @Override
    public void connectWithExpiredPass(Persona who) {
        throw new UnsupportedOperationException("passes exist only over the wire");
    }

    @Override
    public void connectWithForgedPass(Persona who) {
        throw new UnsupportedOperationException("passes exist only over the wire");
    }

    @Override
    public boolean canSignIn(Persona who, String password) {
        try {
            authentication.logIn(new LogInCommand(who.username(), password));
            return true;
        } catch (AuthenticationFailed refused) {
            return false;
        }
    }

    @Override
    public void signIn(Persona who) {
        passes.put(who, authentication.logIn(new LogInCommand(who.username(), who.password())).value());
    }

    @Override
    public boolean passStillAccepted(Persona who) {
        try {
            authentication.authenticate(passes.get(who));
            return true;
        } catch (AuthenticationFailed refused) {
            return false;
        }
    }

    @Override
    public void changeOwnPassword(Persona who, String currentPassword, String newPassword) {
        refusing(() -> {
            changingPasswords.changePassword(new ChangeOwnPasswordCommand(id(who), currentPassword, newPassword));
            return null;
        });
    }
}

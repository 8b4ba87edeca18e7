package org.leavenotify.adapter.websocket.authentication;

import java.time.Instant;
import java.util.Objects;

import org.leavenotify.application.auth.AuthenticatedUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The user of a STOMP session, as its bearer token said on CONNECT. Its name is the employee id, which
 * is also the user name of the session's {@code /user/...} destinations.
 */
public final class StompAuthentication extends AbstractAuthenticationToken {

    private final AuthenticatedUser user;

    public StompAuthentication(AuthenticatedUser user) {
        super(user.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return user.employeeId().value();
    }

    @Override
    public String getName() {
        return user.employeeId().value();
    }

    public Instant expiresAt() {
        return user.expiresAt();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StompAuthentication that && super.equals(that) && user.equals(that.user);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), user);
    }
}

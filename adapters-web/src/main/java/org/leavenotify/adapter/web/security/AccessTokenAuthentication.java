package org.leavenotify.adapter.web.security;

import java.util.Collection;
import java.util.Comparator;

import org.leavenotify.application.auth.AuthenticatedUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A caller authenticated by a verified access token. The principal is the {@link AuthenticatedUser}
 * (controllers take it with {@code @AuthenticationPrincipal}); the name is the employee id; each role
 * becomes the authority {@code ROLE_<role>}. The token itself is not kept.
 */
final class AccessTokenAuthentication extends AbstractAuthenticationToken {

    private final AuthenticatedUser user;

    AccessTokenAuthentication(AuthenticatedUser user) {
        super(authorities(user));
        this.user = user;
        setAuthenticated(true);
    }

    private static Collection<? extends GrantedAuthority> authorities(AuthenticatedUser user) {
        return user.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).sorted(
                Comparator.comparing(SimpleGrantedAuthority::getAuthority)).toList();
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public AuthenticatedUser getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.employeeId().value();
    }
}

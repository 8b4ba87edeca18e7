package org.leavenotify.adapter.web.admin;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.leavenotify.domain.organisation.Role;

/** Roles as the API spells them; mapped explicitly so a domain rename cannot change the API. */
enum RoleJson {
    EMPLOYEE, MANAGER, HR_ADMIN;

    static RoleJson of(Role role) {
        return switch (role) {
            case EMPLOYEE -> EMPLOYEE;
            case MANAGER -> MANAGER;
            case HR_ADMIN -> HR_ADMIN;
        };
    }

    Role toDomain() {
        return switch (this) {
            case EMPLOYEE -> Role.EMPLOYEE;
            case MANAGER -> Role.MANAGER;
            case HR_ADMIN -> Role.HR_ADMIN;
        };
    }

    static Set<Role> toDomain(Collection<RoleJson> roles) {
        Set<Role> domain = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.stream().filter(java.util.Objects::nonNull).forEach(role -> domain.add(role.toDomain()));
        }
        return domain;
    }

    static List<RoleJson> of(Set<Role> roles) {
        return roles.stream().sorted().map(RoleJson::of).toList();
    }
}

package org.colloquy.identity;

import java.util.Set;
import java.util.Objects;

/** What other features may know of a person: id, name and roles, never the password hash. */
public record UserRef(long id, String username, String displayName, Set<Role> roles) {

    public UserRef {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public static UserRef of(AppUser user) {
        return new UserRef(Objects.requireNonNull(user.getId()), user.getUsername(), user.getDisplayName(),
                user.getRoles());
    }
}

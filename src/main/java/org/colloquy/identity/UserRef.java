package org.colloquy.identity;

import java.util.Set;
import java.util.Objects;

/**
 * What other features may know of a person: id, name and roles, never the password hash. {@code former} is true for a
 * deactivated account: her work is kept and shown, her name marked as a former member's.
 */
public record UserRef(long id, String username, String displayName, Set<Role> roles, boolean former) {

    public UserRef {
        roles = Set.copyOf(roles);
    }

    /** An active account. */
    public UserRef(long id, String username, String displayName, Set<Role> roles) {
        this(id, username, displayName, roles, false);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public static UserRef of(AppUser user) {
        return new UserRef(Objects.requireNonNull(user.getId()), user.getUsername(), user.getDisplayName(),
                user.getRoles(), !user.isActive());
    }
}

package org.colloquy.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An account as admins see it in people administration: who she is, how to reach her, what she may do, when she last
 * signed in and whether she still may.
 */
public record Person(long id, String username, String displayName, @Nullable String email, Set<Role> roles,
                     Instant createdAt, @Nullable Instant lastSignInAt, @Nullable Instant deactivatedAt) {

    public Person {
        roles = Set.copyOf(roles);
    }

    public boolean active() {
        return deactivatedAt == null;
    }

    static Person of(AppUser user) {
        return new Person(Objects.requireNonNull(user.getId()), user.getUsername(), user.getDisplayName(),
                user.getEmail(), user.getRoles(), user.getCreatedAt(), user.getLastSignInAt(), user.getDeactivatedAt());
    }
}

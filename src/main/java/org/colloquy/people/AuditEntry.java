package org.colloquy.people;

import java.time.Instant;
import java.util.Set;
import org.colloquy.identity.AccountChanged;
import org.colloquy.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change for admins to read: when, who did it ({@code null}: the person herself), to whom, what, and her
 * roles before and after.
 */
public record AuditEntry(Instant at, @Nullable String actor, String subject, String subjectUsername,
                         AccountChanged.Change change, Set<Role> rolesBefore, Set<Role> rolesAfter) {

    public AuditEntry {
        rolesBefore = Set.copyOf(rolesBefore);
        rolesAfter = Set.copyOf(rolesAfter);
    }
}

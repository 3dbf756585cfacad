package org.colloquy.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Published, in the transaction that made it, when an account was invited, given other roles, deactivated,
 * reactivated or sent a link to choose a new password: what people administration records for admins to read.
 *
 * @param accountId the account that changed
 * @param changedBy who changed it, or {@code null} when she did it herself (a reset she asked for)
 * @param change what happened
 * @param rolesBefore her roles before the change
 * @param rolesAfter her roles after it
 */
public record AccountChanged(long accountId, @Nullable Long changedBy, Change change, Set<Role> rolesBefore,
                             Set<Role> rolesAfter) {

    public AccountChanged {
        rolesBefore = Set.copyOf(rolesBefore);
        rolesAfter = Set.copyOf(rolesAfter);
    }

    /** What happened to the account. */
    public enum Change { INVITED, ROLES_CHANGED, DEACTIVATED, REACTIVATED, RESET_LINK_ISSUED }
}

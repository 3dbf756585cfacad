package org.colloquy.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published when a one-time set-password link was issued for an account, in the transaction that stored it: an
 * invitation by an admin or an instructor, or a password reset. The token is the link's secret (only its hash is
 * stored); whoever delivers the link builds its address from the token and keeps it no longer than it must.
 *
 * @param accountId the account whose password the link sets
 * @param token the link's one-time secret
 * @param purpose why the link was issued
 * @param issuedBy who issued it, or {@code null} when the person asked for it herself (a reset from the sign-in page)
 * @param expiresAt when the link stops working
 */
public record SetPasswordLinkIssued(long accountId, String token, Purpose purpose, @Nullable Long issuedBy,
                                    Instant expiresAt) {

    /** Why a set-password link was issued. */
    public enum Purpose {
        /** A new account: she chooses her first password. */
        INVITATION,
        /** She, or an admin for her, asked to choose a new password. */
        RESET
    }
}

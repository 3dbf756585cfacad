package org.colloquy.identity;

import java.time.Instant;

/**
 * A one-time set-password link just issued, for the person who hands it out: its token (the page's address is made
 * from it by the view) and when it stops working.
 */
public record IssuedLink(long accountId, String token, Instant expiresAt) {
}

package org.colloquy.identity;

import java.util.Optional;
import org.colloquy.base.i18n.Text;

/**
 * The limit on guessing join codes (decision 0050): codes that name no class and no session, counted in the database
 * per client address and per signed-in account, like failed sign-ins (decision 0048), so every node counts the same
 * tries. Someone who typed too many wrong codes in a short time waits before trying another; someone under the limit
 * is never refused a code.
 */
public interface JoinCodeGuesses {

    /** Why the person asking may not try a join code now (with when to try again); empty while she is under the limit. */
    Optional<Text> refusal();

    /**
     * Like {@link #refusal()}, counting only the signed-in account's own wrong codes, not her address's: for someone
     * already in a room, whose classmates behind the same address may have mistyped.
     */
    Optional<Text> refusalForThisAccount();

    /** The person asking typed a code that names nothing (never a code of a class or session, open or ended). */
    void wrongCode();
}

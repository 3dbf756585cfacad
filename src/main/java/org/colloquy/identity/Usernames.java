package org.colloquy.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one form a username has everywhere: where it is stored, looked up, signed in with and counted by the sign-in
 * throttle. {@code Ana}, {@code ANA}, {@code ana\u0001}, {@code " ana\u00A0"} and a full-width {@code ａｎａ} are
 * all {@code ana}. Text outside the rule names no account and is never sent to the database.
 */
public final class Usernames {

    private static final Pattern VALID = Pattern.compile("[a-z0-9._@+-]{2,100}");

    private Usernames() {
    }

    /**
     * The canonical form of a typed username: compatibility forms folded (NFKC: full-width letters, ligatures,
     * composed accents), invisible and control characters and spaces of any kind cut from both ends, lower case.
     */
    public static String canonical(String typed) {
        String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        int start = 0;
        int end = folded.length();
        while (start < end && isEdgeNoise(folded.codePointAt(start))) {
            start += Character.charCount(folded.codePointAt(start));
        }
        while (end > start && isEdgeNoise(folded.codePointBefore(end))) {
            end -= Character.charCount(folded.codePointBefore(end));
        }
        return Normalizer.normalize(folded.substring(start, end).toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    }

    /** The account name this typed text means, if any account could have it. */
    public static Optional<String> accountName(String typed) {
        String name = canonical(typed);
        return isValid(name) ? Optional.of(name) : Optional.empty();
    }

    /** Whether an account could have this username, already in its {@link #canonical canonical form}. */
    public static boolean isValid(String canonicalName) {
        return VALID.matcher(canonicalName).matches();
    }

    private static boolean isEdgeNoise(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT;
    }
}

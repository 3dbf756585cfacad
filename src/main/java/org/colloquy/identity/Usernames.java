package org.colloquy.identity;

import java.util.regex.Pattern;

/** What a username may be made of; text outside it names no account and is never sent to the database. */
public final class Usernames {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._@+-]{2,100}");

    private Usernames() {
    }

    /** Whether an account could have this username (already trimmed). */
    public static boolean isValid(String username) {
        return VALID.matcher(username).matches();
    }
}

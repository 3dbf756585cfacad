package org.colloquy.cohort;

import java.security.SecureRandom;
import java.util.Locale;

/** Short codes people can read off a screen and type on a phone: no 0/O, 1/I/L look-alikes. */
public final class JoinCodes {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 6;
    private static final int QUOTED_LENGTH = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * What a person typed, made comparable: spaces, dashes and invisible characters (control and format characters,
     * such as a null byte, which PostgreSQL refuses in a query) dropped, upper case.
     */
    public static String normalise(String typed) {
        return typed.replaceAll("[\\s\\p{Cc}\\p{Cf}-]", "").toUpperCase(Locale.ROOT);
    }

    /**
     * A typed code as it may go into an address: only the letters and digits a code can hold, so that quotes,
     * slashes or angle brackets typed into the field never become part of a path.
     */
    public static String forAddress(String typed) {
        return normalise(typed).replaceAll("[^A-Z0-9]", "");
    }

    /** A typed code as a message may quote it: at most a little more than a code's length, on one line. */
    public static String quotable(String typed) {
        String visible = typed.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        return visible.length() <= QUOTED_LENGTH ? visible : visible.substring(0, QUOTED_LENGTH) + "…";
    }
}

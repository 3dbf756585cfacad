package org.colloquy.content;

import java.util.regex.Pattern;

/** The format of every stable key: course, lesson, step, option, criterion and paragraph ids. */
public final class ContentKeys {

    /** The longest course key the studio publishes under (a folder name and part of every address of the course). */
    public static final int LONGEST_COURSE_KEY = 64;

    public static final String RULE = "use lower-case a-z, 0-9 and -, starting with a letter or digit";

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private ContentKeys() {
    }

    public static boolean isValid(String key) {
        return KEY.matcher(key).matches();
    }
}

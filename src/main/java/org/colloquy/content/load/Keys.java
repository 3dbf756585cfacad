package org.colloquy.content.load;

import java.util.regex.Pattern;

/** The format of every stable key: course, lesson, step, option, criterion and paragraph ids. */
final class Keys {

    static final String RULE = "use lower-case a-z, 0-9 and -, starting with a letter or digit";

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Keys() {
    }

    static boolean isValid(String key) {
        return KEY.matcher(key).matches();
    }
}

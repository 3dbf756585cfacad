package org.colloquy.studio.ui;

import org.colloquy.content.ContentKeys;

import java.text.Normalizer;
import java.util.Locale;

/** A course key proposed from a title: lower-case letters and digits joined by dashes, as a folder name. */
final class CourseKeys {

    static final int MAX_LENGTH = ContentKeys.LONGEST_COURSE_KEY;
    private static final String FALLBACK = "my-course";

    private CourseKeys() {
    }

    static String proposedFrom(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String key = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (key.length() > MAX_LENGTH) {
            key = key.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return key.isEmpty() ? FALLBACK : key;
    }
}

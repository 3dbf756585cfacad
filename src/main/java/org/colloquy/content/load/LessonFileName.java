package org.colloquy.content.load;

import java.util.regex.Pattern;

/** Lesson {@code k} lives in {@code lessons/k.yaml} or {@code lessons/NN-k.yaml}. */
final class LessonFileName {

    static final String EXTENSION = ".yaml";

    private static final Pattern NUMBER_PREFIX = Pattern.compile("\\d+-");

    private LessonFileName() {
    }

    static boolean isLessonFile(String fileName) {
        return fileName.endsWith(EXTENSION);
    }

    static boolean belongsTo(String fileName, String lessonKey) {
        if (!isLessonFile(fileName)) {
            return false;
        }
        var stem = fileName.substring(0, fileName.length() - EXTENSION.length());
        if (stem.equals(lessonKey)) {
            return true;
        }
        var prefix = NUMBER_PREFIX.matcher(stem);
        return prefix.lookingAt() && stem.substring(prefix.end()).equals(lessonKey);
    }
}

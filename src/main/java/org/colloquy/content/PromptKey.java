package org.colloquy.content;

import java.util.Optional;

/** The stable key student work is stored against: {@code lessonKey/stepKey}. */
public record PromptKey(String lessonKey, String stepKey) {

    public static PromptKey of(Lesson lesson, Step step) {
        return new PromptKey(lesson.key(), step.key());
    }

    public static Optional<PromptKey> parse(String value) {
        int slash = value.indexOf('/');
        if (slash <= 0 || slash == value.length() - 1 || value.indexOf('/', slash + 1) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new PromptKey(value.substring(0, slash), value.substring(slash + 1)));
    }

    @Override
    public String toString() {
        return lessonKey + "/" + stepKey;
    }
}

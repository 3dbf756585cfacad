package org.colloquy.content;

import java.util.List;
import java.util.Optional;

/** One course: the reading, its lessons in order, and the content version all of it hashes to. */
public record Course(
        String key,
        String title,
        String summary,
        String language,
        TextDirection direction,
        SourceAttribution source,
        Reading reading,
        List<Lesson> lessons,
        String contentVersion) {

    public Course {
        lessons = List.copyOf(lessons);
    }

    public Optional<Lesson> lesson(String lessonKey) {
        return lessons.stream().filter(lesson -> lesson.key().equals(lessonKey)).findFirst();
    }

    /** Finds a step by its prompt key, {@code lessonKey/stepKey}. */
    public Optional<Step> step(String promptKey) {
        var parts = PromptKey.parse(promptKey);
        return parts.flatMap(key -> lesson(key.lessonKey()).flatMap(lesson -> lesson.step(key.stepKey())));
    }
}

package org.colloquy.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small valid course written into a test folder, whose files tests then replace to break one thing. */
public final class CourseFolder {

    public static final String COURSE_YAML = """
            key: %s
            title: A Sample Course
            summary: A short course for tests.
            language: en
            source:
              title: An Essay
              author: A. Writer
            reading: reading.md
            lessons:
              - intro
            """;

    public static final String READING = """
            # An Essay on Timing

            {#p1} The bilateral relationship is at an important turning
            point, and “nothing” is settled yet.

            ## Three stages

            {#p2} Both countries have spontaneously undergone three
            stages of transition; the China’s third stage is unclear.
            """;

    /** The start of a lesson file; the first step written after it is on line 6. */
    public static final String LESSON_HEADER = """
            key: intro
            title: Introduction
            summary: Where the essay begins.
            objectives: [Read closely]
            steps:
            """;

    public static final String LESSON = LESSON_HEADER + """
              - key: read-opening
                kind: read
                title: The opening
                text: Read the opening.
                cites: [p1]
            """;

    private final Path folder;

    private CourseFolder(Path folder) {
        this.folder = folder;
    }

    /** Writes the valid course {@code key} into {@code contentRoot/key}. */
    public static CourseFolder write(Path contentRoot, String key) {
        return new CourseFolder(contentRoot.resolve(key))
                .file("course.yaml", COURSE_YAML.formatted(key))
                .file("reading.md", READING)
                .file("lessons/01-intro.yaml", LESSON);
    }

    public CourseFolder file(String relativePath, String text) {
        try {
            var file = folder.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the lesson's steps, which then start on line 6. */
    public CourseFolder steps(String steps) {
        return file("lessons/01-intro.yaml", LESSON_HEADER + steps);
    }
}

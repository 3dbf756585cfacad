package org.colloquy.content.ui;

import org.colloquy.content.Course;
import org.colloquy.content.Paragraph;
import org.jspecify.annotations.Nullable;

/** Addresses in the reading view: a paragraph, optionally with one of its sentences highlighted. */
public final class ReadingLinks {

    /** The query parameter naming the highlighted sentence, as {@code paragraph.sentence}. */
    public static final String SENTENCE = "sentence";

    private ReadingLinks() {
    }

    public static String to(Course course, Paragraph paragraph, @Nullable Integer sentence) {
        return "course/" + course.key() + "/reading"
                + (sentence == null ? "" : "?" + SENTENCE + "=" + paragraph.number() + "." + sentence)
                + "#" + paragraph.id();
    }
}

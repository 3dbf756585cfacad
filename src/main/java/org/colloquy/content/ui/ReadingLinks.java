package org.colloquy.content.ui;

import org.colloquy.content.Course;
import org.colloquy.content.Paragraph;
import org.jspecify.annotations.Nullable;
import org.colloquy.base.ui.PageAddress;

/** Addresses in the reading view: a paragraph, optionally with one of its sentences highlighted. */
public final class ReadingLinks {

    /** The query parameter naming the highlighted sentence, as {@code paragraph.sentence}. */
    public static final String SENTENCE = "sentence";

    private ReadingLinks() {
    }

    public static String to(Course course, Paragraph paragraph, @Nullable Integer sentence) {
        String reading = ContentPages.reading(course.key());
        return PageAddress.withFragment(sentence == null ? reading
                : PageAddress.withQuery(reading, SENTENCE, paragraph.number() + "." + sentence), paragraph.id());
    }
}

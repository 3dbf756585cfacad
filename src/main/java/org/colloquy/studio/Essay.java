package org.colloquy.studio;

import java.util.List;

/**
 * An essay a teacher brought, as the studio works on it: what it is called and by whom, its language (an interface
 * language code such as {@code en}, {@code zh}, {@code ru}), and its paragraphs numbered from 1 in reading order.
 */
public record Essay(String title, String author, String source, String language, List<EssayParagraph> paragraphs) {

    public Essay {
        paragraphs = List.copyOf(paragraphs);
    }
}

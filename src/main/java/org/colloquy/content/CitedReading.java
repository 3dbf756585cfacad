package org.colloquy.content;

import java.util.Optional;

/** The reading lessons cite, with the file name used in messages about it. */
public record CitedReading(Reading reading, String fileName) {

    public Optional<Paragraph> paragraph(String id) {
        return reading.paragraph(id);
    }

    public boolean has(String id) {
        return paragraph(id).isPresent();
    }
}

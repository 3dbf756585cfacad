package org.colloquy.content;

import java.util.Optional;

/** The reading lessons cite, with the file name used in messages about it. */
record CitedReading(Reading reading, String fileName) {

    Optional<Paragraph> paragraph(String id) {
        return reading.paragraph(id);
    }

    boolean has(String id) {
        return paragraph(id).isPresent();
    }
}

package org.colloquy.content;

import org.jspecify.annotations.Nullable;

/**
 * One paragraph of the reading. {@code number} counts from 1 in reading order; {@code heading} is the
 * nearest {@code ## section} heading above it, if any.
 */
public record Paragraph(String id, int number, @Nullable String heading, String text) {
}

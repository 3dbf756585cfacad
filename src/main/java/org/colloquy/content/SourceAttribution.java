package org.colloquy.content;

import org.jspecify.annotations.Nullable;

/** Who wrote the reading, and where it comes from. */
public record SourceAttribution(String title, String author, @Nullable String published, @Nullable String note) {
}

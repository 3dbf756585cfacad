package org.colloquy.studio;

import org.jspecify.annotations.Nullable;

/** One paragraph of an essay: its number from 1, the heading of the section it stands under if any, and its text. */
public record EssayParagraph(int number, @Nullable String section, String text) {
}

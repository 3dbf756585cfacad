package org.colloquy.seminar;

/** An answer starred during review, as the room may see it: its text and nothing about who wrote it. */
public record StarredAnswer(long responseId, String text) {
}

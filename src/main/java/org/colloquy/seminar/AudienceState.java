package org.colloquy.seminar;

import org.colloquy.content.Reading;
import org.jspecify.annotations.Nullable;

/** What a student in the room sees: the prompt on screen, whether it takes answers, and her own answer to it. */
public record AudienceState(long sessionId, String joinCode, String lessonTitle, Reading reading, SeminarPrompt prompt,
                            int promptCount, boolean promptOpen, @Nullable MyAnswer myAnswer) {

    public record MyAnswer(String body, @Nullable String choice, int revision) {
    }
}

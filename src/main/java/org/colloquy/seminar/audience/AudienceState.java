package org.colloquy.seminar.audience;

import org.colloquy.base.i18n.Text;
import java.time.Duration;
import org.colloquy.content.Reading;
import org.jspecify.annotations.Nullable;
import org.colloquy.seminar.session.SeminarPrompt;

/**
 * What a student in the room sees: the prompt on screen, whether it takes answers, her own answer to it, and how
 * long the countdown still runs (null without one).
 */
public record AudienceState(long sessionId, String joinCode, Text lessonTitle, Reading reading, SeminarPrompt prompt,
                            int promptCount, boolean promptOpen, @Nullable MyAnswer myAnswer,
                            @Nullable Duration timeLeft) {

    public record MyAnswer(String body, @Nullable String choice, int revision) {
    }
}

package org.colloquy.seminar.console;

import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The room's settings the presenter console shows next to the prompt: guests, the countdown, the starred and
 * spotlighted answers, and whether an open prompt is revealed as a word cloud.
 */
public record RoomControls(boolean guestsAllowed, int guestCount, @Nullable Duration timeLeft,
                           @Nullable Long spotlightAnswerId, Set<Long> starredAnswerIds, boolean wordCloud,
                           boolean openPrompt) {

    public RoomControls {
        starredAnswerIds = Set.copyOf(starredAnswerIds);
    }
}

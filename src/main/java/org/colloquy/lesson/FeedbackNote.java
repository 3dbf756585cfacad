package org.colloquy.lesson;

import java.time.Instant;
import java.util.List;

/** Released instructor feedback on one answer, as its author sees it. */
public record FeedbackNote(String comment, List<Score> scores, Instant releasedAt) {

    public FeedbackNote {
        scores = List.copyOf(scores);
    }

    public record Score(String criterionKey, int score, String comment) {
    }
}

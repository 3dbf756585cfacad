package org.colloquy.review;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The feedback an instructor is writing or has released on one response. */
public record FeedbackDetail(String comment, List<CriterionScore> scores, boolean starred, FeedbackState state,
                             @Nullable Instant releasedAt) {

    public static final FeedbackDetail EMPTY = new FeedbackDetail("", List.of(), false, FeedbackState.NONE, null);

    public FeedbackDetail {
        scores = List.copyOf(scores);
    }

    static FeedbackDetail of(Feedback feedback) {
        return new FeedbackDetail(feedback.getComment(), feedback.getScores(), feedback.isStarred(),
                FeedbackState.of(feedback), feedback.getReleasedAt());
    }
}

package org.colloquy.review;

import org.jspecify.annotations.Nullable;

/** Where an instructor's feedback on a response stands; views name it in the reader's language. */
public enum FeedbackState {
    NONE, DRAFT, RELEASED;

    static FeedbackState of(@Nullable Feedback feedback) {
        if (feedback == null || !feedback.hasContent()) {
            return NONE;
        }
        return feedback.getReleasedAt() != null ? RELEASED : DRAFT;
    }
}

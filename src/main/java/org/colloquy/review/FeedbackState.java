package org.colloquy.review;

import org.jspecify.annotations.Nullable;

/** Where an instructor's feedback on a response stands. */
public enum FeedbackState {
    NONE("No feedback"), DRAFT("Feedback not released"), RELEASED("Feedback released");

    private final String label;

    FeedbackState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static FeedbackState of(@Nullable Feedback feedback) {
        if (feedback == null || !feedback.hasContent()) {
            return NONE;
        }
        return feedback.getReleasedAt() != null ? RELEASED : DRAFT;
    }
}

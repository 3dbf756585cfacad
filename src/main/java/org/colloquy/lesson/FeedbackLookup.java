package org.colloquy.lesson;

import java.util.Optional;

/**
 * Where a student's view finds released feedback on an answer. The review feature implements it, so that the
 * lesson feature shows feedback without depending on review.
 */
public interface FeedbackLookup {

    /**
     * Feedback on this response that its instructor has released; nothing while it is still a draft. Only for the
     * signed-in student's own answer: any other id is refused with an access-denied exception.
     */
    Optional<FeedbackNote> releasedFeedback(long responseId);
}

package org.colloquy.review;

import java.util.Optional;
import org.colloquy.lesson.FeedbackLookup;
import org.colloquy.lesson.FeedbackNote;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets a student's lesson view show feedback, once released, on their own answer. */
@Component
class StudentFeedbackLookup implements FeedbackLookup {

    private final FeedbackRepository feedback;

    StudentFeedbackLookup(FeedbackRepository feedback) {
        this.feedback = feedback;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FeedbackNote> releasedFeedback(long responseId) {
        return feedback.findByResponseId(responseId)
                .filter(found -> found.getReleasedAt() != null)
                .map(found -> new FeedbackNote(found.getComment(),
                        found.getScores().stream()
                                .map(score -> new FeedbackNote.Score(score.criterionKey(), score.score(), score.comment()))
                                .toList(),
                        java.util.Objects.requireNonNull(found.getReleasedAt())));
    }
}

package org.colloquy.review;

import java.util.Optional;
import org.colloquy.lesson.FeedbackLookup;
import org.colloquy.lesson.FeedbackNote;
import org.colloquy.lesson.work.MyAnswers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import java.util.Objects;

/**
 * Lets a student's lesson view show feedback, once released, on their own answer. Only on her own: the port is
 * public, so asking by the id of another student's answer is refused here, not only by today's one caller.
 */
@Component
class StudentFeedbackLookup implements FeedbackLookup {

    private final FeedbackRepository feedback;
    private final MyAnswers myAnswers;

    StudentFeedbackLookup(FeedbackRepository feedback, MyAnswers myAnswers) {
        this.feedback = feedback;
        this.myAnswers = myAnswers;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STUDENT')")
    public Optional<FeedbackNote> releasedFeedback(long responseId) {
        if (!myAnswers.isMine(responseId)) {
            throw new AccessDeniedException("This answer is not yours.");
        }
        return feedback.findByResponseId(responseId)
                .filter(found -> found.getReleasedAt() != null)
                .map(found -> new FeedbackNote(found.getComment(),
                        found.getScores().stream()
                                .map(score -> new FeedbackNote.Score(score.criterionKey(), score.score(), score.comment()))
                                .toList(),
                        Objects.requireNonNull(found.getReleasedAt())));
    }
}

package org.colloquy.review.export;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colloquy.lesson.StudentAnswer;
import org.springframework.stereotype.Component;
import org.colloquy.review.Feedback;
import org.colloquy.review.FeedbackRepository;

/** The feedback on one page of exported answers, read in one query per page. */
@Component
class ExportFeedback {

    private final FeedbackRepository feedback;

    ExportFeedback(FeedbackRepository feedback) {
        this.feedback = feedback;
    }

    /** Feedback on these answers by response id. */
    Map<Long, Feedback> on(List<StudentAnswer> responses) {
        if (responses.isEmpty()) {
            return Map.of();
        }
        return feedback.findWithScoresByResponseIdIn(responses.stream().map(StudentAnswer::responseId).toList())
                .stream()
                .collect(Collectors.toMap(Feedback::getResponseId, Function.identity()));
    }
}

package org.colloquy.review;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.lesson.StudentAnswer;
import org.colloquy.seminar.cohort.StarredAnswer;
import org.colloquy.seminar.cohort.StarredAnswers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import java.util.Comparator;

/**
 * Lends a live session the answers its class's instructors starred in the review queue, as text without the
 * author: the room sees the idea, not who had it.
 */
@Component
class StarredForSeminar implements StarredAnswers {

    private final CohortWorkService classWork;
    private final FeedbackRepository feedback;

    StarredForSeminar(CohortWorkService classWork, FeedbackRepository feedback) {
        this.classWork = classWork;
        this.feedback = feedback;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<StarredAnswer> starred(long cohortId, String promptKey) {
        Map<Long, StudentAnswer> responses = classWork.responsesTo(cohortId, promptKey).stream()
                .filter(response -> !response.body().isBlank())
                .collect(Collectors.toMap(StudentAnswer::responseId, Function.identity()));
        if (responses.isEmpty()) {
            return List.of();
        }
        Set<Long> starredIds = feedback.findWithScoresByResponseIdIn(responses.keySet()).stream()
                .filter(Feedback::isStarred)
                .filter(entry -> entry.getCohortId() == cohortId)
                .map(Feedback::getResponseId)
                .collect(Collectors.toSet());
        return responses.values().stream()
                .filter(response -> starredIds.contains(response.responseId()))
                .sorted(Comparator.comparing(StudentAnswer::savedAt))
                .map(response -> new StarredAnswer(response.responseId(), response.body(), response.scalePoint()))
                .toList();
    }
}

package org.colloquy.lesson.work;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.colloquy.lesson.Response;
import org.colloquy.lesson.StudentAnswer;

/**
 * What a class's instructors may see of its students' work: only what each student saved or submitted at or after
 * the moment she joined the class (decision 0032). An answer last saved before she joined is not shown at all; of
 * one saved since, only the submissions made since are shown, and one from before does not make it submitted.
 */
final class SinceJoining {

    private final Map<Long, Instant> joinedAt;

    SinceJoining(Map<Long, Instant> joinedAt) {
        this.joinedAt = Map.copyOf(joinedAt);
    }

    Set<Long> students() {
        return joinedAt.keySet();
    }

    boolean isEmpty() {
        return joinedAt.isEmpty();
    }

    /** Whether something the student did at this moment was done in the class. */
    boolean shows(long userId, Instant at) {
        Instant joined = joinedAt.get(userId);
        return joined != null && !at.isBefore(joined);
    }

    boolean shows(Response response) {
        return shows(response.getUserId(), response.getSavedAt());
    }

    /**
     * The answer as the class sees it, given the times of all its submissions. Submissions keep their numbers (the
     * first one the class sees may be number 3); an answer with none since joining is not submitted here.
     */
    StudentAnswer answer(Response response, Collection<Instant> submissionTimes) {
        boolean submittedSince = submissionTimes.stream().anyMatch(at -> shows(response.getUserId(), at));
        StudentAnswer whole = StudentAnswer.of(response, submissionTimes.size());
        if (submittedSince) {
            return whole;
        }
        return new StudentAnswer(whole.responseId(), whole.userId(), whole.promptKey(), whole.kind(), whole.body(),
                whole.choice(), whole.savedAt(), null, 0, whole.contentVersion());
    }
}

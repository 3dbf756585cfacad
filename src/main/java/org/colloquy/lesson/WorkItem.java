package org.colloquy.lesson;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One of the student's answers as "My work" shows it. {@code removed} marks an answer to a prompt that is no
 * longer in the course: the answer stays readable, with the prompt key it answered.
 */
public record WorkItem(
        String promptKey,
        String lessonTitle,
        String prompt,
        String kind,
        String body,
        @Nullable String choiceLabel,
        boolean submitted,
        Instant savedAt,
        String contentVersion,
        List<SubmissionRecord> submissions,
        boolean removed) {

    public WorkItem {
        submissions = List.copyOf(submissions);
    }
}

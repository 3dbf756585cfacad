package org.colloquy.lesson.work;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.colloquy.lesson.SubmissionRecord;

/**
 * One of the student's answers as "My work" shows it. {@code removed} marks an answer to a prompt that is no
 * longer in the course: the answer stays readable, with the prompt key it answered ({@code prompt} is then that key;
 * {@code lessonTitle} is empty when the whole lesson is gone). {@code positionClaim} marks a position step, whose
 * {@code prompt} is the claim and whose answer is {@code position}, 1 to 5 (0 for any other answer). Texts here are
 * the course's own or the student's; views and the download add the interface's words in the reader's language.
 */
public record WorkItem(
        String promptKey,
        String lessonTitle,
        String prompt,
        boolean positionClaim,
        String kind,
        String body,
        @Nullable String choiceLabel,
        int position,
        boolean submitted,
        Instant savedAt,
        String contentVersion,
        List<SubmissionRecord> submissions,
        boolean removed) {

    public WorkItem {
        submissions = List.copyOf(submissions);
    }
}

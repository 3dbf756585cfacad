package org.colloquy.lesson;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One submitted version of an answer, as the student sees it in the history. */
public record SubmissionRecord(int number, String body, @Nullable String choice, String contentVersion,
                               Instant submittedAt) {

    public static SubmissionRecord of(Submission submission) {
        return new SubmissionRecord(submission.getNumber(), submission.getBody(), submission.getChoice(),
                submission.getContentVersion(), submission.getSubmittedAt());
    }
}

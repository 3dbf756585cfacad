package org.colloquy.lesson;

import java.time.Instant;
import org.colloquy.base.WordCount;
import org.jspecify.annotations.Nullable;

/** A student's answer as an instructor reviews it. */
public record StudentResponse(
        long responseId,
        long userId,
        String promptKey,
        String kind,
        String body,
        @Nullable String choice,
        Instant savedAt,
        @Nullable Instant submittedAt,
        int submissionCount,
        String contentVersion) {

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public int wordCount() {
        return WordCount.of(body);
    }

    /** The answer as last submitted, whatever the student has typed since. */
    static StudentResponse submitted(Response response, Submission latest, int submissionCount) {
        return new StudentResponse(java.util.Objects.requireNonNull(response.getId()), response.getUserId(),
                response.getPromptKey(), response.getStepKind(), latest.getBody(), latest.getChoice(),
                latest.getSubmittedAt(), latest.getSubmittedAt(), submissionCount, latest.getContentVersion());
    }

    static StudentResponse of(Response response, int submissionCount) {
        return new StudentResponse(java.util.Objects.requireNonNull(response.getId()), response.getUserId(),
                response.getPromptKey(), response.getStepKind(), response.getBody(), response.getChoice(),
                response.getSavedAt(), response.getSubmittedAt(), submissionCount, response.getContentVersion());
    }
}

package org.colloquy.lesson;

import org.colloquy.content.PositionStep;
import java.time.Instant;
import org.colloquy.base.WordCount;
import org.jspecify.annotations.Nullable;
import java.util.Objects;

/** A student's answer as an instructor reviews it. */
public record StudentAnswer(
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

    /** The point of the agree–disagree scale of a position answer, 1 to 5; 0 for any other answer. */
    public int scalePoint() {
        return "position".equals(kind) ? PositionStep.point(choice) : 0;
    }

    public int wordCount() {
        return WordCount.of(body);
    }

    /** The answer as last submitted, whatever the student has typed since. */
    public static StudentAnswer submitted(Response response, Submission latest, int submissionCount) {
        return new StudentAnswer(Objects.requireNonNull(response.getId()), response.getUserId(),
                response.getPromptKey(), response.getStepKind(), latest.getBody(), latest.getChoice(),
                latest.getSubmittedAt(), latest.getSubmittedAt(), submissionCount, latest.getContentVersion());
    }

    public static StudentAnswer of(Response response, int submissionCount) {
        return new StudentAnswer(Objects.requireNonNull(response.getId()), response.getUserId(),
                response.getPromptKey(), response.getStepKind(), response.getBody(), response.getChoice(),
                response.getSavedAt(), response.getSubmittedAt(), submissionCount, response.getContentVersion());
    }
}

package org.colloquy.lesson;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A student's answer to one prompt as last saved. {@code revision} is what the next save must quote to
 * prove it has seen this version; {@link #NONE_SAVED} means nothing was saved yet.
 */
public record AnswerSnapshot(
        String promptKey,
        String body,
        @Nullable String choice,
        int revision,
        Instant savedAt,
        @Nullable Instant submittedAt,
        int submissionCount,
        String contentVersion) {

    public static final int NONE_SAVED = -1;

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    static AnswerSnapshot of(Response response, int submissionCount) {
        return new AnswerSnapshot(response.getPromptKey(), response.getBody(), response.getChoice(),
                response.getRevision(), response.getSavedAt(), response.getSubmittedAt(), submissionCount,
                response.getContentVersion());
    }
}

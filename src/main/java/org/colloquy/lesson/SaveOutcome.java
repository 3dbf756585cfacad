package org.colloquy.lesson;

import org.jspecify.annotations.Nullable;
import org.colloquy.base.i18n.Text;
import java.time.Instant;

/** What happened to a save or a submit. */
public sealed interface SaveOutcome {

    /** Stored; the next save quotes {@code revision}. */
    record Saved(int revision, Instant savedAt, int submissionCount, boolean submitted) implements SaveOutcome {
    }

    /** Another tab or device saved first; nothing was overwritten. {@code theirs} is what is stored now. */
    record Conflict(AnswerSnapshot theirs) implements SaveOutcome {
    }

    /**
     * Not stored, for the reason given; the student's text is untouched on their screen. {@code reason} is the same
     * reason as a bundle key for the viewer's language, when the lesson feature has one.
     */
    record Refused(String message, @Nullable Text reason) implements SaveOutcome {

        public Refused(String message) {
            this(message, null);
        }

        public Refused(Text reason) {
            this(reason.english(), reason);
        }
    }
}

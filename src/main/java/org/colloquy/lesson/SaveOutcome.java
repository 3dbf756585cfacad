package org.colloquy.lesson;

import java.time.Instant;

/** What happened to a save or a submit. */
public sealed interface SaveOutcome {

    /** Stored; the next save quotes {@code revision}. */
    record Saved(int revision, Instant savedAt, int submissionCount, boolean submitted) implements SaveOutcome {
    }

    /** Another tab or device saved first; nothing was overwritten. {@code theirs} is what is stored now. */
    record Conflict(AnswerSnapshot theirs) implements SaveOutcome {
    }

    /** Not stored, for the reason given; the student's text is untouched on their screen. */
    record Refused(String message) implements SaveOutcome {
    }
}

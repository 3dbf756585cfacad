package org.colloquy.seminar;

import java.time.Instant;

/** The result of a student sending a live answer. */
public sealed interface AnswerOutcome {

    record Received(int revision, Instant at) implements AnswerOutcome {
    }

    record Refused(String message) implements AnswerOutcome {
    }
}

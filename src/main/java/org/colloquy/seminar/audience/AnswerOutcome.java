package org.colloquy.seminar.audience;

import org.colloquy.base.i18n.Text;

import java.time.Instant;

/** The result of a student sending a live answer. */
public sealed interface AnswerOutcome {

    record Received(int revision, Instant at) implements AnswerOutcome {
    }

    record Refused(Text message) implements AnswerOutcome {
    }
}

package org.colloquy.seminar;

import org.colloquy.seminar.audience.AnswerOutcome;
import org.colloquy.seminar.audience.JoinOutcome;
import org.colloquy.seminar.guest.GuestJoin;

/** What an outcome tells the person, in English: the refusal's text, or the outcome itself when it is no refusal. */
public final class Said {

    private Said() {
    }

    public static Object english(Object outcome) {
        return switch (outcome) {
            case GuestJoin.Refused refused -> refused.message().english();
            case GuestJoin.NotOpenToGuests notOpen -> notOpen.message().english();
            case AnswerOutcome.Refused refused -> refused.message().english();
            case JoinOutcome.UnknownCode unknown -> unknown.message().english();
            case JoinOutcome.SessionClosed closed -> closed.message().english();
            default -> outcome;
        };
    }
}

package org.colloquy.seminar;

/** What an outcome tells the person, in English: the refusal's text, or the outcome itself when it is no refusal. */
final class Said {

    private Said() {
    }

    static Object english(Object outcome) {
        return switch (outcome) {
            case GuestJoin.Refused refused -> refused.message().english();
            case AnswerOutcome.Refused refused -> refused.message().english();
            case JoinOutcome.UnknownCode unknown -> unknown.message().english();
            case JoinOutcome.SessionClosed closed -> closed.message().english();
            default -> outcome;
        };
    }
}

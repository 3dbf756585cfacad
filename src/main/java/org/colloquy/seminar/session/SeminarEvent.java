package org.colloquy.seminar.session;

/** Something that happened in a live session. Views re-read what they show; events carry no answer text. */
public sealed interface SeminarEvent {

    long sessionId();

    record AnswerReceived(long sessionId) implements SeminarEvent {
    }

    record AnswerModerated(long sessionId) implements SeminarEvent {
    }

    record PromptChanged(long sessionId) implements SeminarEvent {
    }

    record SessionEnded(long sessionId) implements SeminarEvent {
    }

    record GuestJoined(long sessionId) implements SeminarEvent {
    }

    /** The leader brought class work (a starred answer, the class's argument map) onto the projector or off it. */
    record ClassWorkShown(long sessionId) implements SeminarEvent {
    }

    /** The class's argument map on the projector gained a reason, a support or a challenge. */
    record ClassMapChanged(long sessionId) implements SeminarEvent {
    }
}

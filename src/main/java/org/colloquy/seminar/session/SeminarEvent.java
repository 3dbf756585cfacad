package org.colloquy.seminar.session;

import java.util.Optional;

/** Something that happened in a live session. Views re-read what they show; events carry no answer text. */
public sealed interface SeminarEvent {

    long sessionId();

    /** The event's name where it travels to another node: its record's name. */
    default String kind() {
        return getClass().getSimpleName();
    }

    /** The event of that kind, as another node announced it; empty for a kind this node does not know. */
    static Optional<SeminarEvent> of(String kind, long sessionId) {
        return Optional.ofNullable(switch (kind) {
            case "AnswerReceived" -> new AnswerReceived(sessionId);
            case "AnswerModerated" -> new AnswerModerated(sessionId);
            case "PromptChanged" -> new PromptChanged(sessionId);
            case "SessionEnded" -> new SessionEnded(sessionId);
            case "GuestJoined" -> new GuestJoined(sessionId);
            case "ClassWorkShown" -> new ClassWorkShown(sessionId);
            case "ClassMapChanged" -> new ClassMapChanged(sessionId);
            default -> null;
        });
    }

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

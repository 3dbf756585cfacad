package org.colloquy.seminar.guest;

import org.colloquy.base.i18n.Text;
import org.colloquy.seminar.audience.AudienceState;

/** What a person without an account gets for a join code, with or without the token their phone kept. */
public sealed interface GuestJoin {

    /** In the room: the token to keep on the phone, and what to show. */
    record Joined(String token, AudienceState state) implements GuestJoin {
    }

    /** The session takes guests: ask for a display name, and follow the session in case the leader stops taking them. */
    record NameNeeded(long sessionId, String joinCode, Text lessonTitle) implements GuestJoin {
    }

    /**
     * The session runs but does not take guests now: why, and the session to follow, so that the phone can ask for a
     * name as soon as the leader lets guests in.
     */
    record NotOpenToGuests(long sessionId, Text message) implements GuestJoin {
    }

    /** A wrong or ended code, a full session, or a name that will not do: exactly why. */
    record Refused(Text message) implements GuestJoin {
    }
}

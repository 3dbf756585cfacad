package org.colloquy.seminar.session;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The room's version (decision 0047): one more on every change a live view shows, written in the transaction that
 * makes the change, so a view that read version n and then the room has seen every change up to n. A view that
 * finds the room's version ahead of what it showed has missed an update (a push lost with a dying connection, a
 * node that could not hear another) and re-reads the room.
 */
@Component
class RoomVersions {

    private final SeminarSessionRepository sessions;

    RoomVersions(SeminarSessionRepository sessions) {
        this.sessions = sessions;
    }

    /** The room's version now: one read by primary key; 0 for a session that does not exist. */
    long current(long sessionId) {
        return sessions.liveVersion(sessionId).orElse(0L);
    }

    /** Before anyone else hears of the change: the relay announces the version this made. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void changed(SeminarEvent event) {
        sessions.bumpLiveVersion(event.sessionId());
    }
}

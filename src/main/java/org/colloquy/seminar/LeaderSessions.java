package org.colloquy.seminar;

import org.colloquy.base.i18n.Refusal;
import org.colloquy.account.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The one rule for what a leader does to a session: only its own leader may, and changes only while it runs. */
@Component
class LeaderSessions {

    private final SeminarSessionRepository sessions;
    private final CurrentUser currentUser;

    LeaderSessions(SeminarSessionRepository sessions, CurrentUser currentUser) {
        this.sessions = sessions;
        this.currentUser = currentUser;
    }

    SeminarSession ledByMe(long sessionId) {
        long me = currentUser.require().id();
        return sessions.findById(sessionId)
                .filter(session -> session.getLeaderId() == me)
                .orElseThrow(() -> new AccessDeniedException("Only the leader of this session can open it."));
    }

    SeminarSession openLedByMe(long sessionId) {
        SeminarSession session = ledByMe(sessionId);
        if (session.isClosed()) {
            throw Refusal.of("seminar.refused.session-ended");
        }
        return session;
    }
}

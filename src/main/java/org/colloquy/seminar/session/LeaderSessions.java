package org.colloquy.seminar.session;

import org.colloquy.base.i18n.Refusal;
import org.colloquy.identity.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** The one rule for what a leader does to a session: only its own leader may, and changes only while it runs. */
@Component
public class LeaderSessions {

    private final SeminarSessionRepository sessions;
    private final SeminarAnswerRepository answers;
    private final CurrentUser currentUser;

    LeaderSessions(SeminarSessionRepository sessions, SeminarAnswerRepository answers, CurrentUser currentUser) {
        this.sessions = sessions;
        this.answers = answers;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public SeminarSession ledByMe(long sessionId) {
        long me = currentUser.require().id();
        return sessions.findById(sessionId)
                .filter(session -> session.getLeaderId() == me)
                .orElseThrow(() -> new AccessDeniedException("Only the leader of this session can open it."));
    }

    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public SeminarSession openLedByMe(long sessionId) {
        SeminarSession session = ledByMe(sessionId);
        if (session.isClosed()) {
            throw Refusal.of("seminar.refused.session-ended");
        }
        return session;
    }

    /** An answer given in this session; any other answer id is refused. */
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public SeminarAnswer answerOf(SeminarSession session, long answerId) {
        return answers.findById(answerId)
                .filter(found -> found.getSessionId() == session.requireId())
                .orElseThrow(() -> Refusal.of("seminar.refused.answer-not-in-session"));
    }
}

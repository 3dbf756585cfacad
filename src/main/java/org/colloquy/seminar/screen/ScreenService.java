package org.colloquy.seminar.screen;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.content.PositionStep;
import org.colloquy.seminar.session.SeminarEvent.PromptChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.colloquy.seminar.session.Approval;
import org.colloquy.seminar.session.ChoiceCount;
import org.colloquy.seminar.session.LeaderSessions;
import org.colloquy.seminar.session.PromptTimers;
import org.colloquy.seminar.session.SeminarAnswer;
import org.colloquy.seminar.session.SeminarAnswerRepository;
import org.colloquy.seminar.session.SeminarEvent;
import org.colloquy.seminar.session.SeminarPrompt;
import org.colloquy.seminar.session.SeminarSession;
import org.colloquy.seminar.session.SessionPrompts;

/**
 * The big screen: what the projector shows, built from approved answers only and only once the leader revealed
 * them, and the leader's choices of how (one answer in the spotlight, a word cloud). For the session's leader only.
 */
@Service
public class ScreenService {

    private final LeaderSessions leaderSessions;
    private final SeminarAnswerRepository answers;
    private final SessionPrompts prompts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScreenService(LeaderSessions leaderSessions, SeminarAnswerRepository answers, SessionPrompts prompts,
                  ApplicationEventPublisher events, Clock clock) {
        this.leaderSessions = leaderSessions;
        this.answers = answers;
        this.prompts = prompts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public ProjectorState projectorState(long sessionId) {
        SeminarSession session = leaderSessions.ledByMe(sessionId);
        List<SeminarPrompt> all = prompts.of(session);
        SeminarPrompt current = all.get(SessionPrompts.currentIndex(session, all));
        int count = answers.countBySessionIdAndStepKey(sessionId, current.key());
        List<String> approved = List.of();
        List<ChoiceCount> distribution = List.of();
        if (session.isRevealed()) {
            if (current.kind() == SeminarPrompt.Kind.OPEN) {
                approved = answers.findBySessionIdAndStepKeyAndApprovalOrderByAnsweredAtAsc(sessionId, current.key(),
                        Approval.APPROVED).stream().map(SeminarAnswer::getBody).toList();
            } else {
                distribution = ChoiceTally.of(current,
                        answers.findBySessionIdAndStepKeyOrderByAnsweredAtAsc(sessionId, current.key()));
            }
        }
        return new ProjectorState(session.getJoinCode(), prompts.courseOf(session).reading(), current, all.size(),
                count, session.acceptsAnswersAt(clock.instant()), session.isRevealed(), session.isClosed(), approved,
                distribution);
    }

    /** The projector's extras, from approved answers only: nothing of an answer the leader has not approved. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public RoomScreen screen(long sessionId) {
        SeminarSession session = leaderSessions.ledByMe(sessionId);
        List<SeminarPrompt> all = prompts.of(session);
        int index = SessionPrompts.currentIndex(session, all);
        SeminarPrompt current = all.get(index);
        Duration timeLeft = PromptTimers.timeLeft(session, clock.instant());
        if (session.isClosed()) {
            return new RoomScreen(null, null, List.of(), null);
        }
        String spotlight = spotlightText(session, current);
        List<WordCloud.Word> cloud = List.of();
        RoomScreen.Comparison before = null;
        if (session.isRevealed() && current.kind() == SeminarPrompt.Kind.OPEN && session.isWordCloud()) {
            cloud = WordCloud.of(answers.findBySessionIdAndStepKeyAndApprovalOrderByAnsweredAtAsc(sessionId,
                    current.key(), Approval.APPROVED).stream().map(SeminarAnswer::getBody).toList());
        }
        if (session.isRevealed() && current.kind() == SeminarPrompt.Kind.SCALE) {
            before = earlierWithSameClaim(all, index).map(earlier -> new RoomScreen.Comparison(earlier.number(),
                    ChoiceTally.of(earlier, answers.findBySessionIdAndStepKeyOrderByAnsweredAtAsc(sessionId,
                            earlier.key())))).orElse(null);
        }
        return new RoomScreen(timeLeft, spotlight, cloud, before);
    }

    /** Puts one approved answer of the prompt on screen full-screen on the projector, in place of any other. */
    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void spotlight(long sessionId, long answerId) {
        SeminarSession session = leaderSessions.openLedByMe(sessionId);
        SeminarAnswer answer = leaderSessions.answerOf(session, answerId);
        if (answer.getApproval() != Approval.APPROVED) {
            throw Refusal.of("seminar.refused.spotlight-unapproved");
        }
        session.spotlight(answerId);
        events.publishEvent(new PromptChanged(sessionId));
    }

    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void clearSpotlight(long sessionId) {
        leaderSessions.openLedByMe(sessionId).spotlight(null);
        events.publishEvent(new PromptChanged(sessionId));
    }

    /** Reveals an open prompt's approved answers as a word cloud (true) or one by one (false). */
    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void revealAsWordCloud(long sessionId, boolean wordCloud) {
        SeminarSession session = leaderSessions.openLedByMe(sessionId);
        if (prompts.current(session).kind() != SeminarPrompt.Kind.OPEN) {
            throw Refusal.of("seminar.refused.word-cloud-needs-text");
        }
        session.revealAsWordCloud(wordCloud);
        events.publishEvent(new PromptChanged(sessionId));
    }

    /** The latest earlier agree–disagree prompt that this one repeats, or whose claim it asks again word for word. */
    static Optional<SeminarPrompt> earlierWithSameClaim(List<SeminarPrompt> all, int index) {
        if (!(all.get(index).step() instanceof PositionStep now)) {
            return Optional.empty();
        }
        for (int i = index - 1; i >= 0; i--) {
            if (all.get(i).step() instanceof PositionStep earlier
                    && (earlier.key().equals(now.repeats()) || earlier.claim().equals(now.claim()))) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    private @Nullable String spotlightText(SeminarSession session, SeminarPrompt current) {
        Long id = session.getSpotlightAnswerId();
        if (id == null) {
            return null;
        }
        return answers.findById(id)
                .filter(answer -> answer.getSessionId() == session.requireId())
                .filter(answer -> answer.getStepKey().equals(current.key()))
                .filter(answer -> answer.getApproval() == Approval.APPROVED)
                .map(answer -> answer.getChoice() != null
                        ? current.labelOrKey(answer.getChoice()) : answer.getBody())
                .orElse(null);
    }
}

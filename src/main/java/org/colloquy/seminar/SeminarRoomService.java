package org.colloquy.seminar;

import org.colloquy.base.i18n.Refusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.colloquy.account.CurrentUser;
import org.colloquy.content.PositionStep;
import org.colloquy.seminar.SeminarEvent.AnswerModerated;
import org.colloquy.seminar.SeminarEvent.PromptChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leader's room controls beyond the pace of prompts: guests, the countdown, starring and the spotlight, the
 * word cloud, and what the projector shows of them. For the leader of the session only.
 */
@Service
public class SeminarRoomService {

    private final SeminarSessionRepository sessions;
    private final LeaderSessions leaderSessions;
    private final SeminarAnswerRepository answers;
    private final SeminarGuestRepository guests;
    private final SessionPrompts prompts;
    private final PromptTimers timers;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SeminarRoomService(SeminarSessionRepository sessions, SeminarAnswerRepository answers,
                       SeminarGuestRepository guests, SessionPrompts prompts, PromptTimers timers,
                       CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, LeaderSessions leaderSessions) {
        this.sessions = sessions;
        this.leaderSessions = leaderSessions;
        this.answers = answers;
        this.guests = guests;
        this.prompts = prompts;
        this.timers = timers;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void allowGuests(long sessionId, boolean allowed) {
        openSessionLedByMe(sessionId).allowGuests(allowed);
        events.publishEvent(new PromptChanged(sessionId));
    }

    /** Opens the prompt on screen for {@code length}; when it runs out the prompt takes no more answers. */
    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void startTimer(long sessionId, Duration length) {
        if (length.compareTo(PromptTimers.SHORTEST) < 0 || length.compareTo(PromptTimers.LONGEST) > 0) {
            throw Refusal.of("seminar.refused.countdown-length");
        }
        Instant endsAt = clock.instant().plus(length);
        openSessionLedByMe(sessionId).startTimer(endsAt);
        timers.tellViewsWhenTimeIsUp(sessionId, endsAt);
        events.publishEvent(new PromptChanged(sessionId));
    }

    /** Stops the countdown; the prompt stays open. */
    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void stopTimer(long sessionId) {
        SeminarSession session = openSessionLedByMe(sessionId);
        if (session.timerRanOutAt(clock.instant())) {
            session.setPromptOpen(false);
        } else {
            session.stopTimer();
        }
        events.publishEvent(new PromptChanged(sessionId));
    }

    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void star(long sessionId, long answerId, boolean starred) {
        answerOf(openSessionLedByMe(sessionId), answerId).star(starred);
        events.publishEvent(new AnswerModerated(sessionId));
    }

    /** Puts one approved answer of the prompt on screen full-screen on the projector, in place of any other. */
    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void spotlight(long sessionId, long answerId) {
        SeminarSession session = openSessionLedByMe(sessionId);
        SeminarAnswer answer = answerOf(session, answerId);
        if (answer.getApproval() != Approval.APPROVED) {
            throw Refusal.of("seminar.refused.spotlight-unapproved");
        }
        session.spotlight(answerId);
        events.publishEvent(new PromptChanged(sessionId));
    }

    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void clearSpotlight(long sessionId) {
        openSessionLedByMe(sessionId).spotlight(null);
        events.publishEvent(new PromptChanged(sessionId));
    }

    /** Reveals an open prompt's approved answers as a word cloud (true) or one by one (false). */
    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void revealAsWordCloud(long sessionId, boolean wordCloud) {
        SeminarSession session = openSessionLedByMe(sessionId);
        if (prompts.current(session).kind() != SeminarPrompt.Kind.OPEN) {
            throw Refusal.of("seminar.refused.word-cloud-needs-text");
        }
        session.revealAsWordCloud(wordCloud);
        events.publishEvent(new PromptChanged(sessionId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public RoomControls controls(long sessionId) {
        SeminarSession session = ledByMe(sessionId);
        SeminarPrompt current = prompts.current(session);
        Set<Long> starred = answers.findBySessionIdAndStepKeyOrderByAnsweredAtAsc(sessionId, current.key()).stream()
                .filter(SeminarAnswer::isStarred).map(SeminarAnswer::requireId).collect(Collectors.toSet());
        return new RoomControls(session.isGuestsAllowed(), guests.countBySessionId(sessionId),
                PromptTimers.timeLeft(session, clock.instant()), session.getSpotlightAnswerId(), starred,
                session.isWordCloud(), current.kind() == SeminarPrompt.Kind.OPEN);
    }

    /** The projector's extras, from approved answers only: nothing of an answer the leader has not approved. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public RoomScreen screen(long sessionId) {
        SeminarSession session = ledByMe(sessionId);
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
                        ? current.labelOf(answer.getChoice()).orElse(answer.getChoice()) : answer.getBody())
                .orElse(null);
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

    private SeminarAnswer answerOf(SeminarSession session, long answerId) {
        return answers.findById(answerId)
                .filter(found -> found.getSessionId() == session.requireId())
                .orElseThrow(() -> Refusal.of("seminar.refused.answer-not-in-session"));
    }

    private SeminarSession ledByMe(long sessionId) {
        return leaderSessions.ledByMe(sessionId);
    }

    private SeminarSession openSessionLedByMe(long sessionId) {
        return leaderSessions.openLedByMe(sessionId);
    }
}

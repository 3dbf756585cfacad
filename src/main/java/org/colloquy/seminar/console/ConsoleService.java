package org.colloquy.seminar.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.colloquy.identity.AccountService;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.seminar.session.SeminarEvent.AnswerModerated;
import org.colloquy.seminar.session.SeminarEvent.PromptChanged;
import org.colloquy.seminar.session.SeminarEvent.SessionEnded;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.colloquy.seminar.guest.GuestNames;
import org.colloquy.seminar.guest.SeminarGuestRepository;
import org.colloquy.seminar.session.Approval;
import org.colloquy.seminar.session.LeaderSessions;
import org.colloquy.seminar.session.PromptTimers;
import org.colloquy.seminar.session.SeminarAnswer;
import org.colloquy.seminar.session.SeminarAnswerRepository;
import org.colloquy.seminar.session.SeminarEvent;
import org.colloquy.seminar.session.SeminarPrompt;
import org.colloquy.seminar.session.SeminarSession;
import org.colloquy.seminar.session.SessionPrompts;

/**
 * The leader's console: the pace of prompts, the answers coming in and what she lets through, guests, the
 * countdown and stars, and ending the session. For the leader of the session only.
 */
@Service
public class ConsoleService {

    private final LeaderSessions leaderSessions;
    private final SeminarAnswerRepository answers;
    private final SeminarGuestRepository guests;
    private final SessionPrompts prompts;
    private final PromptTimers timers;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsoleService(LeaderSessions leaderSessions, SeminarAnswerRepository answers, SeminarGuestRepository guests,
                   SessionPrompts prompts, PromptTimers timers, AccountService accounts,
                   ApplicationEventPublisher events, Clock clock) {
        this.leaderSessions = leaderSessions;
        this.answers = answers;
        this.guests = guests;
        this.prompts = prompts;
        this.timers = timers;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public PresenterState presenterState(long sessionId) {
        SeminarSession session = leaderSessions.ledByMe(sessionId);
        List<SeminarPrompt> all = prompts.of(session);
        int index = SessionPrompts.currentIndex(session, all);
        SeminarPrompt current = all.get(index);
        List<SeminarAnswer> received = answers.findBySessionIdAndStepKeyOrderByAnsweredAtAsc(sessionId, current.key());
        Map<Long, String> names = GuestNames.authorsOf(received, accounts, guests);
        List<LiveAnswer> live = received.stream().map(answer -> new LiveAnswer(answer.requireId(),
                names.get(answer.requireId()), answer.getGuestId() != null, answer.getBody(),
                labelOf(current, answer.getChoice()), current.pointOf(answer.getChoice()), answer.getApproval(),
                answer.getRevision())).toList();
        return new PresenterState(sessionId, session.getJoinCode(), prompts.title(session),
                prompts.courseOf(session).reading(), all, index, session.acceptsAnswersAt(clock.instant()),
                session.isRevealed(), session.isClosed(), live);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public RoomControls controls(long sessionId) {
        SeminarSession session = leaderSessions.ledByMe(sessionId);
        SeminarPrompt current = prompts.current(session);
        Set<Long> starred = answers.findBySessionIdAndStepKeyOrderByAnsweredAtAsc(sessionId, current.key()).stream()
                .filter(SeminarAnswer::isStarred).map(SeminarAnswer::requireId).collect(Collectors.toSet());
        return new RoomControls(session.isGuestsAllowed(), guests.countBySessionId(sessionId),
                PromptTimers.timeLeft(session, clock.instant()), session.getSpotlightAnswerId(), starred,
                session.isWordCloud(), current.kind() == SeminarPrompt.Kind.OPEN);
    }

    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void next(long sessionId) {
        move(sessionId, +1);
    }

    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void previous(long sessionId) {
        move(sessionId, -1);
    }

    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void setPromptOpen(long sessionId, boolean open) {
        leaderSessions.openLedByMe(sessionId).setPromptOpen(open);
        events.publishEvent(new PromptChanged(sessionId));
    }

    /** Shows the approved answers (or, for a poll or scale, the distribution) on the projector, or hides them. */
    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void setRevealed(long sessionId, boolean revealed) {
        leaderSessions.openLedByMe(sessionId).setRevealed(revealed);
        events.publishEvent(new PromptChanged(sessionId));
    }

    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void approve(long sessionId, long answerId) {
        moderate(sessionId, answerId, Approval.APPROVED);
    }

    /**
     * Approves at once every answer to the prompt on screen that the console showed as waiting ({@code shown}, as
     * {@link #presenterState} gave them), in one transaction and with one update to the live views. An answer that
     * came in or was changed after the console drew its list, or that belongs to another prompt, stays waiting: the
     * leader approves only what she saw. Returns how many were approved.
     */
    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public int approveAllWaiting(long sessionId, List<LiveAnswer> shown) {
        SeminarSession session = leaderSessions.openLedByMe(sessionId);
        String promptOnScreen = prompts.current(session).key();
        int approved = 0;
        for (LiveAnswer answer : shown) {
            if (answer.waiting()) {
                approved += answers.approveIfUnchanged(sessionId, promptOnScreen, answer.id(), answer.revision(),
                        Approval.APPROVED, Approval.PENDING);
            }
        }
        if (approved > 0) {
            events.publishEvent(new AnswerModerated(sessionId));
        }
        return approved;
    }

    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void hide(long sessionId, long answerId) {
        moderate(sessionId, answerId, Approval.HIDDEN);
    }

    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void star(long sessionId, long answerId, boolean starred) {
        leaderSessions.answerOf(leaderSessions.openLedByMe(sessionId), answerId).star(starred);
        events.publishEvent(new AnswerModerated(sessionId));
    }

    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void allowGuests(long sessionId, boolean allowed) {
        leaderSessions.openLedByMe(sessionId).allowGuests(allowed);
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
        leaderSessions.openLedByMe(sessionId).startTimer(endsAt);
        timers.tellViewsWhenTimeIsUp(sessionId, endsAt);
        events.publishEvent(new PromptChanged(sessionId));
    }

    /** Stops the countdown; the prompt stays open. */
    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void stopTimer(long sessionId) {
        SeminarSession session = leaderSessions.openLedByMe(sessionId);
        if (session.timerRanOutAt(clock.instant())) {
            session.setPromptOpen(false);
        } else {
            session.stopTimer();
        }
        events.publishEvent(new PromptChanged(sessionId));
    }

    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void close(long sessionId) {
        leaderSessions.openLedByMe(sessionId).close(clock.instant());
        events.publishEvent(new SessionEnded(sessionId));
    }

    private void move(long sessionId, int step) {
        SeminarSession session = leaderSessions.openLedByMe(sessionId);
        int target = session.getPromptIndex() + step;
        if (target < 0 || target >= prompts.of(session).size()) {
            return;
        }
        session.showPrompt(target);
        events.publishEvent(new PromptChanged(sessionId));
    }

    private void moderate(long sessionId, long answerId, Approval approval) {
        leaderSessions.answerOf(leaderSessions.openLedByMe(sessionId), answerId).moderate(approval);
        events.publishEvent(new AnswerModerated(sessionId));
    }

    private static @Nullable String labelOf(SeminarPrompt prompt, @Nullable String choice) {
        return choice == null ? null : prompt.labelOrKey(choice);
    }
}

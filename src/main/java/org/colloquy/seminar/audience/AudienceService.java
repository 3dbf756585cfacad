package org.colloquy.seminar.audience;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.colloquy.identity.CurrentUser;
import org.colloquy.identity.JoinCodeGuesses;
import org.colloquy.cohort.JoinCodes;
import org.colloquy.base.AnswerText;
import org.colloquy.base.i18n.Text;
import org.colloquy.seminar.session.SeminarEvent.AnswerReceived;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.colloquy.seminar.session.PromptTimers;
import org.colloquy.seminar.session.SeminarAnswer;
import org.colloquy.seminar.session.SeminarAnswerRepository;
import org.colloquy.seminar.session.SeminarEvent;
import org.colloquy.seminar.session.SeminarPrompt;
import org.colloquy.seminar.session.SeminarSession;
import org.colloquy.seminar.session.SeminarSessionRepository;
import org.colloquy.seminar.session.SessionPrompts;

/** The audience with accounts: a student joins a live session by its code and answers the prompt on screen. */
@Service
public class AudienceService {

    public static final int MAX_ANSWER_LENGTH = 2000;

    private final SeminarSessionRepository sessions;
    private final SeminarAnswerRepository answers;
    private final SessionPrompts prompts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate inTransaction;
    private final JoinCodeGuesses guesses;

    AudienceService(SeminarSessionRepository sessions, SeminarAnswerRepository answers, SessionPrompts prompts,
                    CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                    PlatformTransactionManager transactions, JoinCodeGuesses guesses) {
        this.guesses = guesses;
        this.sessions = sessions;
        this.answers = answers;
        this.prompts = prompts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.inTransaction = new TransactionTemplate(transactions);
    }

    /**
     * A student enters a join code: the session's current prompt, or exactly why there is none. After too many codes
     * that name nothing, from her account or her address, she waits before trying another (decision 0050).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STUDENT')")
    public JoinOutcome join(String typedCode) {
        String code = JoinCodes.normalise(typedCode);
        Optional<Text> paused = guesses.refusal();
        if (paused.isPresent()) {
            return new JoinOutcome.UnknownCode(paused.get());
        }
        Optional<SeminarSession> open = sessions.findFirstByJoinCodeAndClosedAtIsNull(code);
        if (open.isPresent()) {
            return new JoinOutcome.Joined(audienceState(open.get()));
        }
        if (code.isEmpty()) {
            return new JoinOutcome.UnknownCode(Text.of("seminar.join.enter-code"));
        }
        if (sessions.findFirstByJoinCodeOrderByStartedAtDesc(code).isPresent()) {
            return new JoinOutcome.SessionClosed(Text.of("seminar.join.session-ended", JoinCodes.quotable(code)));
        }
        guesses.wrongCode();
        return new JoinOutcome.UnknownCode(Text.of("seminar.join.no-such-code", JoinCodes.quotable(code)));
    }

    /**
     * Stores the student's answer to the prompt on screen, replacing her earlier one, while the prompt is open. Her
     * first answer sent from two tabs at once is two inserts of one row: the one that loses the race is written
     * again, in a transaction of its own, as the change of the answer the other one stored.
     */
    @PreAuthorize("hasRole('STUDENT')")
    public AnswerOutcome answer(String joinCode, String stepKey, String rawBody, @Nullable String choice) {
        try {
            return inTransaction.execute(status -> answerOnce(joinCode, stepKey, rawBody, choice));
        } catch (DataIntegrityViolationException sentFromAnotherTabMeanwhile) {
            return inTransaction.execute(status -> answerOnce(joinCode, stepKey, rawBody, choice));
        }
    }

    /** Why an answer to the prompt cannot be taken as it is, if it cannot: for students and guests alike. */
    public static Optional<Text> problemWith(SeminarPrompt prompt, String body, @Nullable String choice) {
        if (prompt.kind() != SeminarPrompt.Kind.OPEN) {
            return choice != null && prompt.labelOf(choice).isPresent()
                    ? Optional.empty() : Optional.of(Text.of("seminar.answer.pick-an-option"));
        }
        if (body.isEmpty()) {
            return Optional.of(Text.of("seminar.answer.write-first"));
        }
        if (body.length() > MAX_ANSWER_LENGTH) {
            return Optional.of(Text.of("seminar.answer.too-long", body.length(), MAX_ANSWER_LENGTH));
        }
        return Optional.empty();
    }

    private AnswerOutcome answerOnce(String joinCode, String stepKey, String rawBody, @Nullable String choice) {
        Optional<Text> paused = guesses.refusalForThisAccount();
        if (paused.isPresent()) {
            return new AnswerOutcome.Refused(paused.get());
        }
        String code = JoinCodes.normalise(joinCode);
        Optional<SeminarSession> found = sessions.findFirstByJoinCodeAndClosedAtIsNull(code);
        if (found.isEmpty()) {
            if (!code.isEmpty() && sessions.findFirstByJoinCodeOrderByStartedAtDesc(code).isEmpty()) {
                guesses.wrongCode();
            }
            return new AnswerOutcome.Refused(Text.of("seminar.answer.session-ended"));
        }
        SeminarSession session = found.get();
        SeminarPrompt current = prompts.current(session);
        // Only the prompt on screen takes answers, so its step key alone names it as well as its prompt key.
        if (!current.key().equals(stepKey) && !current.step().key().equals(stepKey)) {
            return new AnswerOutcome.Refused(Text.of("seminar.answer.moved-on"));
        }
        if (session.timerRanOutAt(clock.instant())) {
            return new AnswerOutcome.Refused(PromptTimers.TIME_IS_UP);
        }
        if (!session.isPromptOpen()) {
            return new AnswerOutcome.Refused(Text.of("seminar.answer.closed"));
        }
        String body = AnswerText.clean(rawBody).strip();
        Optional<Text> problem = problemWith(current, body, choice);
        if (problem.isPresent()) {
            return new AnswerOutcome.Refused(problem.get());
        }
        long userId = currentUser.require().id();
        Instant now = clock.instant();
        SeminarAnswer answer = answers.findBySessionIdAndStepKeyAndUserId(session.requireId(), current.key(), userId)
                .orElseGet(() -> new SeminarAnswer(session.requireId(), current.key(), userId));
        answer.change(body, current.kind() == SeminarPrompt.Kind.OPEN ? null : choice, now);
        SeminarAnswer saved = answers.save(answer);
        events.publishEvent(new AnswerReceived(session.requireId()));
        return new AnswerOutcome.Received(saved.getRevision(), now);
    }

    private AudienceState audienceState(SeminarSession session) {
        List<SeminarPrompt> all = prompts.of(session);
        SeminarPrompt current = all.get(SessionPrompts.currentIndex(session, all));
        AudienceState.MyAnswer mine = answers.findBySessionIdAndStepKeyAndUserId(session.requireId(), current.key(),
                        currentUser.require().id())
                .map(answer -> new AudienceState.MyAnswer(answer.getBody(), answer.getChoice(), answer.getRevision()))
                .orElse(null);
        return new AudienceState(session.requireId(), session.getJoinCode(), prompts.title(session),
                prompts.courseOf(session).reading(), current, all.size(), session.acceptsAnswersAt(clock.instant()),
                mine, PromptTimers.timeLeft(session, clock.instant()));
    }
}

package org.colloquy.seminar;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colloquy.account.AccountService;
import org.colloquy.account.CohortRef;
import org.colloquy.account.CohortService;
import org.colloquy.account.CurrentUser;
import org.colloquy.account.JoinCodes;
import org.colloquy.account.Role;
import org.colloquy.base.AnswerText;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.Lesson;
import org.colloquy.seminar.SeminarEvent.AnswerModerated;
import org.colloquy.seminar.SeminarEvent.AnswerReceived;
import org.colloquy.seminar.SeminarEvent.PromptChanged;
import org.colloquy.seminar.SeminarEvent.SessionEnded;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.base.i18n.Text;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Live seminars: a leader runs a lesson's prompts at the room's pace, students answer from their phones, and the
 * leader decides what the projector shows. Leader actions are for the leader of that session only.
 */
@Service
public class SeminarService {

    static final int MAX_ANSWER_LENGTH = 2000;

    private final SeminarSessionRepository sessions;
    private final LeaderSessions leaderSessions;
    private final SeminarAnswerRepository answers;
    private final SeminarGuestRepository guests;
    private final CourseCatalog catalog;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final CohortService cohorts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate inTransaction;

    SeminarService(SeminarSessionRepository sessions, SeminarAnswerRepository answers, SeminarGuestRepository guests,
                   CourseCatalog catalog, CurrentUser currentUser, AccountService accounts, CohortService cohorts,
                   ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions, LeaderSessions leaderSessions) {
        this.sessions = sessions;
        this.leaderSessions = leaderSessions;
        this.answers = answers;
        this.guests = guests;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.events = events;
        this.clock = clock;
        this.inTransaction = new TransactionTemplate(transactions);
    }

    // The leader

    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public List<LessonToRun> lessonsToRun() {
        List<LessonToRun> lessons = new ArrayList<>();
        for (Course course : catalog.courses()) {
            for (Lesson lesson : course.lessons()) {
                int prompts = SeminarPrompt.of(lesson).size();
                if (prompts > 0) {
                    lessons.add(new LessonToRun(course.key(), course.title(), lesson.key(), lesson.title(), prompts));
                }
            }
        }
        return lessons;
    }

    /** Starts an open session, for no class in particular, on the lesson's first prompt. */
    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public SessionSummary start(String courseKey, String lessonKey) {
        return start(null, courseKey, lessonKey);
    }

    /** Starts a session on the lesson's prompts, for a class the leader teaches or (no cohort) for anyone. */
    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public SessionSummary start(@Nullable Long cohortId, String courseKey, String lessonKey) {
        Course course = catalog.require(courseKey);
        Lesson lesson = course.lesson(lessonKey)
                .orElseThrow(() -> Refusal.of("seminar.refused.no-such-lesson", lessonKey));
        List<SeminarPrompt> prompts = SeminarPrompt.of(lesson);
        if (prompts.isEmpty()) {
            throw Refusal.of("seminar.refused.lesson-without-prompts", lesson.title());
        }
        return open(cohortId, course, prompts);
    }

    /** Starts a session on prompts the leader picked from any lessons of the course, in the order given. */
    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public SessionSummary startWithPrompts(@Nullable Long cohortId, String courseKey, List<String> promptKeys) {
        Course course = catalog.require(courseKey);
        if (promptKeys.isEmpty()) {
            throw Refusal.of("seminar.refused.pick-a-prompt");
        }
        if (promptKeys.stream().distinct().count() < promptKeys.size()) {
            throw Refusal.of("seminar.refused.repeated-prompt");
        }
        List<SeminarPrompt> prompts = SeminarPrompt.of(course, promptKeys);
        if (prompts.size() < promptKeys.size()) {
            throw Refusal.of("seminar.refused.prompts-not-in-course", course.title());
        }
        return open(cohortId, course, prompts);
    }

    /** The classes a session can be started for: those the leader teaches (none for a leader who teaches none). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public List<CohortRef> classesToRunFor() {
        return currentUser.require().has(Role.INSTRUCTOR) ? cohorts.cohortsITeach() : List.of();
    }

    /** Every prompt of the course a leader can pick for a session, lesson by lesson. */
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public List<PromptToPick> promptsToPick(String courseKey) {
        Course course = catalog.require(courseKey);
        List<PromptToPick> picks = new ArrayList<>();
        int lessonNumber = 1;
        for (Lesson lesson : course.lessons()) {
            for (SeminarPrompt prompt : SeminarPrompt.of(lesson)) {
                picks.add(new PromptToPick(prompt.key(), lessonNumber, lesson.title(), prompt.number(),
                        org.colloquy.content.StepText.oneLine(prompt.step()), prompt.kind()));
            }
            lessonNumber++;
        }
        return picks;
    }

    private SessionSummary open(@Nullable Long cohortId, Course course, List<SeminarPrompt> prompts) {
        if (cohortId != null) {
            CohortRef cohort = cohorts.requireTeaching(cohortId);
            if (!cohort.courseKey().equals(course.key())) {
                throw Refusal.of("seminar.refused.class-follows-another-course", cohort.name());
            }
        }
        String code = JoinCodes.next();
        while (sessions.existsByJoinCodeAndClosedAtIsNull(code)) {
            code = JoinCodes.next();
        }
        SeminarSession session = new SeminarSession(currentUser.require().id(), course.key(),
                prompts.getFirst().lessonKey(), course.contentVersion(), code, clock.instant());
        session.askFor(cohortId, prompts.stream().map(SeminarPrompt::key).toList());
        return summary(sessions.save(session));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public List<SessionSummary> myOpenSessions() {
        return sessions.findByLeaderIdAndClosedAtIsNullOrderByStartedAtDesc(currentUser.require().id()).stream()
                .map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public PresenterState presenterState(long sessionId) {
        SeminarSession session = ledByMe(sessionId);
        List<SeminarPrompt> prompts = promptsOf(session);
        SeminarPrompt current = prompts.get(currentIndex(session, prompts));
        List<SeminarAnswer> received = answers.findBySessionIdAndStepKeyOrderByAnsweredAtAsc(sessionId, current.key());
        Map<Long, String> names = GuestNames.authorsOf(received, accounts, guests);
        List<LiveAnswer> live = received.stream().map(answer -> new LiveAnswer(answer.requireId(),
                names.get(answer.requireId()), answer.getGuestId() != null, answer.getBody(),
                labelOf(current, answer.getChoice()), current.pointOf(answer.getChoice()), answer.getApproval())).toList();
        return new PresenterState(sessionId, session.getJoinCode(), titleOf(session), courseOf(session).reading(),
                prompts, currentIndex(session, prompts), session.acceptsAnswersAt(clock.instant()), session.isRevealed(),
                session.isClosed(), live);
    }

    /** What the projector shows, built from approved answers only and only once the leader revealed them. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public ProjectorState projectorState(long sessionId) {
        SeminarSession session = ledByMe(sessionId);
        List<SeminarPrompt> prompts = promptsOf(session);
        SeminarPrompt current = prompts.get(currentIndex(session, prompts));
        int count = answers.countBySessionIdAndStepKey(sessionId, current.key());
        List<String> approved = List.of();
        List<ChoiceCount> distribution = List.of();
        if (session.isRevealed()) {
            if (current.kind() == SeminarPrompt.Kind.OPEN) {
                approved = answers.findBySessionIdAndStepKeyAndApprovalOrderByAnsweredAtAsc(sessionId, current.key(),
                        Approval.APPROVED).stream().map(SeminarAnswer::getBody).toList();
            } else {
                distribution = distribution(sessionId, current);
            }
        }
        return new ProjectorState(session.getJoinCode(), courseOf(session).reading(), current, prompts.size(), count,
                session.acceptsAnswersAt(clock.instant()), session.isRevealed(), session.isClosed(), approved, distribution);
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
        openSessionLedByMe(sessionId).setPromptOpen(open);
        events.publishEvent(new PromptChanged(sessionId));
    }

    /** Shows the approved answers (or, for a poll or scale, the distribution) on the projector, or hides them. */
    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void setRevealed(long sessionId, boolean revealed) {
        openSessionLedByMe(sessionId).setRevealed(revealed);
        events.publishEvent(new PromptChanged(sessionId));
    }

    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void approve(long sessionId, long answerId) {
        moderate(sessionId, answerId, Approval.APPROVED);
    }

    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void hide(long sessionId, long answerId) {
        moderate(sessionId, answerId, Approval.HIDDEN);
    }

    @Transactional
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void close(long sessionId) {
        openSessionLedByMe(sessionId).close(clock.instant());
        events.publishEvent(new SessionEnded(sessionId));
    }

    // The audience

    /** A student enters a join code: the session's current prompt, or exactly why there is none. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STUDENT')")
    public JoinOutcome join(String typedCode) {
        String code = JoinCodes.normalise(typedCode);
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

    private AnswerOutcome answerOnce(String joinCode, String stepKey, String rawBody, @Nullable String choice) {
        Optional<SeminarSession> found = sessions.findFirstByJoinCodeAndClosedAtIsNull(JoinCodes.normalise(joinCode));
        if (found.isEmpty()) {
            return new AnswerOutcome.Refused(Text.of("seminar.answer.session-ended"));
        }
        SeminarSession session = found.get();
        List<SeminarPrompt> prompts = promptsOf(session);
        SeminarPrompt current = prompts.get(currentIndex(session, prompts));
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
        List<SeminarPrompt> prompts = promptsOf(session);
        SeminarPrompt current = prompts.get(currentIndex(session, prompts));
        AudienceState.MyAnswer mine = answers.findBySessionIdAndStepKeyAndUserId(session.requireId(), current.key(),
                        currentUser.require().id())
                .map(answer -> new AudienceState.MyAnswer(answer.getBody(), answer.getChoice(), answer.getRevision()))
                .orElse(null);
        return new AudienceState(session.requireId(), session.getJoinCode(), titleOf(session), courseOf(session).reading(),
                current, prompts.size(), session.acceptsAnswersAt(clock.instant()), mine,
                PromptTimers.timeLeft(session, clock.instant()));
    }

    static Optional<Text> problemWith(SeminarPrompt prompt, String body, @Nullable String choice) {
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

    private void move(long sessionId, int step) {
        SeminarSession session = openSessionLedByMe(sessionId);
        int target = session.getPromptIndex() + step;
        if (target < 0 || target >= promptsOf(session).size()) {
            return;
        }
        session.showPrompt(target);
        events.publishEvent(new PromptChanged(sessionId));
    }

    private void moderate(long sessionId, long answerId, Approval approval) {
        openSessionLedByMe(sessionId);
        SeminarAnswer answer = answers.findById(answerId)
                .filter(found -> found.getSessionId() == sessionId)
                .orElseThrow(() -> Refusal.of("seminar.refused.answer-not-in-session"));
        answer.moderate(approval);
        events.publishEvent(new AnswerModerated(sessionId));
    }

    private List<ChoiceCount> distribution(long sessionId, SeminarPrompt prompt) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        prompt.choices().forEach(choice -> counts.put(choice.key(), 0));
        for (SeminarAnswer answer : answers.findBySessionIdAndStepKeyOrderByAnsweredAtAsc(sessionId, prompt.key())) {
            if (answer.getApproval() != Approval.HIDDEN && answer.getChoice() != null) {
                counts.computeIfPresent(answer.getChoice(), (key, count) -> count + 1);
            }
        }
        return prompt.choices().stream()
                .map(choice -> new ChoiceCount(choice.label(), counts.getOrDefault(choice.key(), 0), choice.point())).toList();
    }

    private SeminarSession ledByMe(long sessionId) {
        return leaderSessions.ledByMe(sessionId);
    }

    private SeminarSession openSessionLedByMe(long sessionId) {
        return leaderSessions.openLedByMe(sessionId);
    }

    private Course courseOf(SeminarSession session) {
        return catalog.require(session.getCourseKey());
    }

    private SessionSummary summary(SeminarSession session) {
        return new SessionSummary(session.requireId(), titleOf(session), session.getJoinCode(),
                session.getStartedAt());
    }

    private List<SeminarPrompt> promptsOf(SeminarSession session) {
        return SessionPrompts.of(courseOf(session), session);
    }

    private Text titleOf(SeminarSession session) {
        return SessionPrompts.title(courseOf(session), session);
    }

    /** The prompt on screen; the last one if the lesson has since lost prompts. */
    private static int currentIndex(SeminarSession session, List<SeminarPrompt> prompts) {
        return Math.min(session.getPromptIndex(), prompts.size() - 1);
    }

    private static @Nullable String labelOf(SeminarPrompt prompt, @Nullable String choice) {
        return choice == null ? null : prompt.labelOf(choice).orElse(choice);
    }
}

package org.colloquy.seminar.guest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.colloquy.cohort.JoinCodes;
import org.colloquy.identity.JoinCodeGuesses;
import org.colloquy.base.AnswerText;
import org.colloquy.seminar.session.SeminarEvent.AnswerReceived;
import org.jspecify.annotations.Nullable;
import org.colloquy.base.i18n.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.colloquy.seminar.audience.AnswerOutcome;
import org.colloquy.seminar.audience.AudienceService;
import org.colloquy.seminar.audience.AudienceState;
import org.colloquy.seminar.session.PromptTimers;
import org.colloquy.seminar.session.SeminarAnswer;
import org.colloquy.seminar.session.SeminarAnswerRepository;
import org.colloquy.seminar.session.SeminarEvent;
import org.colloquy.seminar.session.SeminarPrompt;
import org.colloquy.seminar.session.SeminarSession;
import org.colloquy.seminar.session.SeminarSessionRepository;
import org.colloquy.seminar.session.SessionPrompts;

/**
 * Guests in the seminar room: when the leader allows it, someone without an account joins with a display name and
 * answers like a student. A guest is known by a random token their phone keeps; only its hash is stored. Guests
 * see only the prompt and their own answer. Open to anyone: the token is the check.
 */
@Service
public class GuestService {

    public static final int LONGEST_NAME = 40;
    /** More than any room holds: a bound on what a script joining over and over can add to one session. */
    static final int MOST_GUESTS_PER_SESSION = 500;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SeminarSessionRepository sessions;
    private final SeminarAnswerRepository answers;
    private final SeminarGuestRepository guests;
    private final SessionPrompts prompts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate inTransaction;
    private final JoinCodeGuesses guesses;

    GuestService(SeminarSessionRepository sessions, SeminarAnswerRepository answers,
                        SeminarGuestRepository guests, SessionPrompts prompts, ApplicationEventPublisher events,
                        Clock clock, PlatformTransactionManager transactions, JoinCodeGuesses guesses) {
        this.guesses = guesses;
        this.sessions = sessions;
        this.answers = answers;
        this.guests = guests;
        this.prompts = prompts;
        this.events = events;
        this.clock = clock;
        this.inTransaction = new TransactionTemplate(transactions);
    }

    /** Someone without an account opens the join address: back in the room with their token, or what to do. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public GuestJoin enter(String typedCode, @Nullable String token) {
        String code = JoinCodes.normalise(typedCode);
        Optional<SeminarSession> open = sessions.findFirstByJoinCodeAndClosedAtIsNull(code);
        Optional<SeminarGuest> known = open.flatMap(session -> guestOf(session, token));
        if (known.isPresent() && token != null) {
            // a guest of this room, with its token: never held up by what others at her address typed
            return new GuestJoin.Joined(token, state(open.get(), known.get()));
        }
        Optional<Text> paused = guesses.refusal();
        if (paused.isPresent()) {
            return new GuestJoin.Refused(paused.get());
        }
        if (open.isEmpty()) {
            return new GuestJoin.Refused(noSessionMessage(code));
        }
        SeminarSession session = open.get();
        if (!session.isGuestsAllowed()) {
            return notOpenToGuests(session);
        }
        return new GuestJoin.NameNeeded(session.requireId(), session.getJoinCode(), prompts.title(session));
    }

    /** Joins as a guest under a display name, which only the leader's console shows. */
    @Transactional
    @PreAuthorize("permitAll()")
    public GuestJoin join(String typedCode, String rawName) {
        String code = JoinCodes.normalise(typedCode);
        Optional<Text> paused = guesses.refusal();
        if (paused.isPresent()) {
            return new GuestJoin.Refused(paused.get());
        }
        Optional<SeminarSession> open = sessions.findFirstByJoinCodeAndClosedAtIsNull(code);
        if (open.isEmpty()) {
            return new GuestJoin.Refused(noSessionMessage(code));
        }
        SeminarSession session = open.get();
        if (!session.isGuestsAllowed()) {
            return notOpenToGuests(session);
        }
        String name = AnswerText.oneLine(rawName);
        if (name.isEmpty()) {
            return new GuestJoin.Refused(Text.of("seminar.guest.name-needed"));
        }
        if (name.length() > LONGEST_NAME) {
            return new GuestJoin.Refused(Text.of("seminar.guest.name-too-long", LONGEST_NAME, name.length()));
        }
        if (guests.countBySessionId(session.requireId()) >= MOST_GUESTS_PER_SESSION) {
            return new GuestJoin.Refused(Text.of("seminar.guest.session-full", MOST_GUESTS_PER_SESSION));
        }
        String token = newToken();
        SeminarGuest guest = guests.save(new SeminarGuest(session.requireId(), hash(token), name, clock.instant()));
        events.publishEvent(new SeminarEvent.GuestJoined(session.requireId()));
        return new GuestJoin.Joined(token, state(session, guest));
    }

    /**
     * Stores the guest's answer to the prompt on screen, replacing their earlier one, while the prompt is open. A
     * first answer sent from two tabs at once is two inserts of one row: the one that loses is written again, in a
     * transaction of its own, as the change of the answer the other one stored.
     */
    @PreAuthorize("permitAll()")
    public AnswerOutcome answer(String joinCode, String token, String stepKey, String rawBody,
                                @Nullable String choice) {
        try {
            return inTransaction.execute(status -> answerOnce(joinCode, token, stepKey, rawBody, choice));
        } catch (DataIntegrityViolationException sentFromAnotherTabMeanwhile) {
            return inTransaction.execute(status -> answerOnce(joinCode, token, stepKey, rawBody, choice));
        }
    }

    private AnswerOutcome answerOnce(String joinCode, String token, String stepKey, String rawBody,
                                     @Nullable String choice) {
        String code = JoinCodes.normalise(joinCode);
        Optional<SeminarSession> found = sessions.findFirstByJoinCodeAndClosedAtIsNull(code);
        Optional<SeminarGuest> guest = found.flatMap(session -> guestOf(session, token));
        if (guest.isEmpty()) {
            // only a guest of the room, with its token, gets past here: anyone else spends the join-code limit
            Optional<Text> paused = guesses.refusal();
            if (paused.isPresent()) {
                return new AnswerOutcome.Refused(paused.get());
            }
            if (found.isEmpty()) {
                countIfWrong(code);
                return new AnswerOutcome.Refused(Text.of("seminar.answer.session-ended"));
            }
            return new AnswerOutcome.Refused(Text.of("seminar.answer.phone-left"));
        }
        SeminarSession session = found.get();
        SeminarPrompt current = prompts.current(session);
        if (!current.key().equals(stepKey)) {
            return new AnswerOutcome.Refused(Text.of("seminar.answer.moved-on"));
        }
        Instant now = clock.instant();
        if (session.timerRanOutAt(now)) {
            return new AnswerOutcome.Refused(PromptTimers.TIME_IS_UP);
        }
        if (!session.isPromptOpen()) {
            return new AnswerOutcome.Refused(Text.of("seminar.answer.closed"));
        }
        String body = AnswerText.clean(rawBody).strip();
        Optional<Text> problem = AudienceService.problemWith(current, body, choice);
        if (problem.isPresent()) {
            return new AnswerOutcome.Refused(problem.get());
        }
        long guestId = guest.get().requireId();
        SeminarAnswer answer = answers.findBySessionIdAndStepKeyAndGuestId(session.requireId(), stepKey, guestId)
                .orElseGet(() -> SeminarAnswer.byGuest(session.requireId(), stepKey, guestId));
        answer.change(body, current.kind() == SeminarPrompt.Kind.OPEN ? null : choice, now);
        SeminarAnswer saved = answers.save(answer);
        events.publishEvent(new AnswerReceived(session.requireId()));
        return new AnswerOutcome.Received(saved.getRevision(), now);
    }

    private AudienceState state(SeminarSession session, SeminarGuest guest) {
        List<SeminarPrompt> all = prompts.of(session);
        SeminarPrompt current = all.get(SessionPrompts.currentIndex(session, all));
        AudienceState.MyAnswer mine = answers.findBySessionIdAndStepKeyAndGuestId(session.requireId(), current.key(),
                        guest.requireId())
                .map(answer -> new AudienceState.MyAnswer(answer.getBody(), answer.getChoice(), answer.getRevision()))
                .orElse(null);
        Instant now = clock.instant();
        return new AudienceState(session.requireId(), session.getJoinCode(), prompts.title(session),
                prompts.courseOf(session).reading(), current, all.size(), session.acceptsAnswersAt(now), mine,
                PromptTimers.timeLeft(session, now));
    }

    private Optional<SeminarGuest> guestOf(SeminarSession session, @Nullable String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return guests.findByTokenHash(hash(token)).filter(guest -> guest.getSessionId() == session.requireId());
    }

    private Text noSessionMessage(String code) {
        if (code.isEmpty()) {
            return Text.of("seminar.join.enter-code");
        }
        if (sessions.findFirstByJoinCodeOrderByStartedAtDesc(code).isPresent()) {
            return Text.of("seminar.join.session-ended", JoinCodes.quotable(code));
        }
        guesses.wrongCode();
        return Text.of("seminar.join.no-such-code", JoinCodes.quotable(code));
    }

    /** A code no session ever had is a guess; an ended session's code is not. */
    private void countIfWrong(String code) {
        if (!code.isEmpty() && sessions.findFirstByJoinCodeOrderByStartedAtDesc(code).isEmpty()) {
            guesses.wrongCode();
        }
    }

    private static GuestJoin notOpenToGuests(SeminarSession session) {
        return new GuestJoin.NotOpenToGuests(session.requireId(), Text.of("seminar.guest.not-open"));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

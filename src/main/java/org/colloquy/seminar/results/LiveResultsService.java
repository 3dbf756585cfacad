package org.colloquy.seminar.results;

import org.colloquy.base.i18n.Text;
import org.colloquy.base.Author;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colloquy.identity.AccountService;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.StepText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.colloquy.seminar.guest.GuestNames;
import org.colloquy.seminar.guest.SeminarGuestRepository;
import org.colloquy.seminar.session.SeminarAnswer;
import org.colloquy.seminar.session.SeminarAnswerRepository;
import org.colloquy.seminar.session.SeminarPrompt;
import org.colloquy.seminar.session.SeminarSession;
import org.colloquy.seminar.session.SeminarSessionRepository;
import org.colloquy.seminar.session.SessionPrompts;
import org.springframework.modulith.NamedInterface;
import org.jspecify.annotations.Nullable;

/**
 * Live answers for a class's instructors, after or during the session: the sessions run for the class and
 * everything they received, with names (guests' marked as such) and moderation state. Every method first checks the instructor teaches
 * the class, and only sessions run for that class are ever returned.
 */
@NamedInterface("results")
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class LiveResultsService {

    private final SeminarSessionRepository sessions;
    private final SeminarAnswerRepository answers;
    private final CohortService cohorts;
    private final SeminarGuestRepository guests;
    private final AccountService accounts;
    private final CourseCatalog catalog;

    LiveResultsService(SeminarSessionRepository sessions, SeminarAnswerRepository answers,
                       SeminarGuestRepository guests, CohortService cohorts, AccountService accounts,
                       CourseCatalog catalog) {
        this.sessions = sessions;
        this.answers = answers;
        this.guests = guests;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.catalog = catalog;
    }

    /**
     * The class's live sessions, newest first, with how many answers each received, from how many people (students
     * and guests) and to how many of its prompts.
     */
    @Transactional(readOnly = true)
    public List<LiveSessionSummary> sessionsOf(long cohortId) {
        cohorts.requireTeaching(cohortId);
        List<SeminarSession> found = sessions.findByCohortIdOrderByStartedAtDesc(cohortId);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(SeminarSession::requireId).toList();
        Map<Long, Object[]> counts = answers.countBySessionIdIn(ids).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], Function.identity()));
        Map<Long, Set<String>> answeredPrompts = answers.answeredPromptsBySessionIdIn(ids).stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.mapping(row -> (String) row[1], Collectors.toSet())));
        Map<Long, String> leaders = accounts.displayNames(found.stream().map(SeminarSession::getLeaderId)
                .collect(Collectors.toSet()));
        return found.stream().map(session -> {
            Object[] row = counts.get(session.requireId());
            int answerCount = row == null ? 0 : ((Number) row[1]).intValue();
            int people = row == null ? 0 : ((Number) row[2]).intValue() + ((Number) row[3]).intValue();
            return summary(session, leaders, answerCount, people,
                    answeredPrompts.getOrDefault(session.requireId(), Set.of()));
        }).toList();
    }

    /**
     * One session of the class: every prompt it asked and every answer, with who gave it (a student, a guest under
     * the name she gave, someone whose account is gone) and its moderation state.
     */
    @Transactional(readOnly = true)
    public LiveSessionResults results(long cohortId, long sessionId) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        SeminarSession session = ofClass(cohortId, sessionId);
        Course course = catalog.require(session.getCourseKey());
        List<SeminarAnswer> received = answers.findBySessionIdOrderByAnsweredAtAsc(sessionId);
        Map<Long, String> names = GuestNames.authorsOf(received, accounts, guests);
        Set<Long> inClass = cohorts.studentIds(cohortId);
        Map<Long, Answerer> answerers = received.stream().collect(Collectors.toMap(SeminarAnswer::requireId,
                answer -> answererOf(answer, names, inClass)));
        Map<String, List<SeminarAnswer>> byPrompt = received.stream()
                .collect(Collectors.groupingBy(SeminarAnswer::getStepKey));
        List<LiveSessionResults.PromptResults> prompts = new ArrayList<>();
        for (SeminarPrompt prompt : SessionPrompts.of(course, session)) {
            List<LiveResult> results = byPrompt.getOrDefault(prompt.key(), List.of()).stream()
                    .map(answer -> new LiveResult(answerers.get(answer.requireId()), answerText(prompt, answer),
                            prompt.pointOf(answer.getChoice()), answer.getApproval(), answer.getAnsweredAt()))
                    .toList();
            prompts.add(new LiveSessionResults.PromptResults(prompt, StepText.oneLine(prompt.step()), results));
        }
        Map<Long, String> leaders = accounts.displayNames(List.of(session.getLeaderId()));
        int people = new HashSet<>(answerers.values()).size();
        return new LiveSessionResults(summary(session, leaders, received.size(), people, byPrompt.keySet()),
                cohortId, cohort.name(), prompts);
    }

    /** A student's live answers in the class's sessions, newest session first; only for a student of the class. */
    @Transactional(readOnly = true)
    public List<StudentLiveAnswer> answersOf(long cohortId, long studentId) {
        cohorts.requireTeaching(cohortId);
        if (!cohorts.studentIds(cohortId).contains(studentId)) {
            throw new AccessDeniedException("This person is not a student of the class.");
        }
        List<SeminarSession> found = sessions.findByCohortIdOrderByStartedAtDesc(cohortId);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SeminarAnswer>> bySession = answers.findBySessionIdInAndUserIdOrderByAnsweredAtAsc(
                        found.stream().map(SeminarSession::requireId).toList(), studentId).stream()
                .collect(Collectors.groupingBy(SeminarAnswer::getSessionId));
        List<StudentLiveAnswer> result = new ArrayList<>();
        for (SeminarSession session : found) {
            List<SeminarAnswer> mine = bySession.getOrDefault(session.requireId(), List.of());
            if (mine.isEmpty()) {
                continue;
            }
            Course course = catalog.require(session.getCourseKey());
            Text title = SessionPrompts.title(course, session);
            Map<String, SeminarAnswer> byPrompt = mine.stream()
                    .collect(Collectors.toMap(SeminarAnswer::getStepKey, Function.identity()));
            for (SeminarPrompt prompt : SessionPrompts.of(course, session)) {
                SeminarAnswer answer = byPrompt.get(prompt.key());
                if (answer != null) {
                    result.add(new StudentLiveAnswer(session.requireId(), title, session.getStartedAt(),
                            prompt.number(), StepText.oneLine(prompt.step()), answerText(prompt, answer),
                            prompt.pointOf(answer.getChoice()), answer.getApproval()));
                }
            }
        }
        return result;
    }

    /**
     * Every live answer the class's students gave in the class's sessions, oldest first: only students of the class
     * now, only answers given at or after each joined it (decision 0032), never a guest's or an outsider's. Two
     * queries whatever the number of sessions, so the review queue, the gradebook and the exports can show live
     * answers beside lesson work (decision 0046).
     */
    @Transactional(readOnly = true)
    public List<ClassLiveAnswer> classAnswers(long cohortId) {
        return classAnswers(cohortId, null);
    }

    /**
     * The same for some students of the class only (a page of an export); ids of people not in the class give
     * nothing.
     */
    @Transactional(readOnly = true)
    public List<ClassLiveAnswer> classAnswersOf(long cohortId, Collection<Long> studentIds) {
        return studentIds.isEmpty() ? List.of() : classAnswers(cohortId, studentIds);
    }

    /**
     * Every live answer one person gave with her account, in any session, by the session's course, oldest first: for
     * an admin answering her request for her data. An answer to a prompt the course no longer has keeps its text.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Map<String, List<ClassLiveAnswer>> everyAnswerOf(long userId) {
        List<SeminarAnswer> given = answers.findByUserIdOrderByAnsweredAtAsc(userId);
        Map<Long, SeminarSession> byId = sessions.findAllById(given.stream().map(SeminarAnswer::getSessionId)
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(SeminarSession::requireId, Function.identity()));
        Map<Long, Map<String, SeminarPrompt>> prompts = new java.util.HashMap<>();
        Map<String, List<ClassLiveAnswer>> byCourse = new java.util.TreeMap<>();
        for (SeminarAnswer answer : given) {
            SeminarSession session = byId.get(answer.getSessionId());
            SeminarPrompt prompt = prompts.computeIfAbsent(session.requireId(), id -> promptsOf(session))
                    .get(answer.getStepKey());
            byCourse.computeIfAbsent(session.getCourseKey(), course -> new ArrayList<>())
                    .add(liveAnswer(session, userId, answer, prompt));
        }
        return byCourse;
    }

    private List<ClassLiveAnswer> classAnswers(long cohortId, @Nullable Collection<Long> studentIds) {
        Map<Long, java.time.Instant> joinedAt = cohorts.joinedAt(cohortId);
        List<SeminarSession> found = sessions.findByCohortIdOrderByStartedAtDesc(cohortId);
        if (found.isEmpty() || joinedAt.isEmpty()) {
            return List.of();
        }
        Map<Long, SeminarSession> byId = found.stream()
                .collect(Collectors.toMap(SeminarSession::requireId, Function.identity()));
        Map<Long, Map<String, SeminarPrompt>> prompts = new java.util.HashMap<>();
        List<ClassLiveAnswer> result = new ArrayList<>();
        List<SeminarAnswer> given = studentIds == null
                ? answers.findBySessionIdInOrderByAnsweredAtAsc(byId.keySet())
                : answers.findBySessionIdInAndUserIdInOrderByAnsweredAtAsc(byId.keySet(), studentIds);
        for (SeminarAnswer answer : given) {
            Long userId = answer.getUserId();
            java.time.Instant joined = userId == null ? null : joinedAt.get(userId);
            if (joined == null || answer.getAnsweredAt().isBefore(joined)) {
                continue;
            }
            SeminarSession session = byId.get(answer.getSessionId());
            SeminarPrompt prompt = prompts.computeIfAbsent(session.requireId(), id -> promptsOf(session))
                    .get(answer.getStepKey());
            if (prompt == null) {
                continue; // a prompt the course no longer has
            }
            result.add(liveAnswer(session, userId, answer, prompt));
        }
        return result;
    }

    private Map<String, SeminarPrompt> promptsOf(SeminarSession session) {
        Course course = catalog.course(session.getCourseKey()).orElse(null);
        if (course == null) {
            return Map.of(); // a course no longer served
        }
        try {
            return SessionPrompts.of(course, session).stream()
                    .collect(Collectors.toMap(SeminarPrompt::key, Function.identity(), (a, b) -> a));
        } catch (IllegalStateException gone) {
            return Map.of(); // the course no longer has any of the session's prompts
        }
    }

    private SeminarSession ofClass(long cohortId, long sessionId) {
        return sessions.findById(sessionId)
                .filter(session -> Long.valueOf(cohortId).equals(session.getCohortId()))
                .orElseThrow(() -> new AccessDeniedException("No live session of this class has this address."));
    }

    private LiveSessionSummary summary(SeminarSession session, Map<Long, String> leaders, int answerCount,
                                       int peopleAnswering, Set<String> answeredPromptKeys) {
        Course course = catalog.require(session.getCourseKey());
        List<SeminarPrompt> asked = SessionPrompts.of(course, session);
        int promptsAnswered = (int) asked.stream().filter(prompt -> answeredPromptKeys.contains(prompt.key())).count();
        String leader = leaders.get(session.getLeaderId());
        return new LiveSessionSummary(session.requireId(), SessionPrompts.title(course, session),
                leader == null ? Author.formerMember() : Author.named(leader), session.getStartedAt(),
                session.getClosedAt(), asked.size(), promptsAnswered, answerCount, peopleAnswering);
    }

    /** A guest by the name she gave; a student of the class, or anyone else with an account, by name while it exists. */
    private static Answerer answererOf(SeminarAnswer answer, Map<Long, String> names, Set<Long> inClass) {
        String name = names.getOrDefault(answer.requireId(), "");
        Long userId = answer.getUserId();
        if (userId == null) {
            return new Answerer(Answerer.Kind.GUEST, Objects.requireNonNull(answer.getGuestId()), name);
        }
        if (!names.containsKey(answer.requireId())) {
            return new Answerer(Answerer.Kind.FORMER, userId, "");
        }
        return new Answerer(inClass.contains(userId) ? Answerer.Kind.STUDENT : Answerer.Kind.NOT_IN_CLASS, userId,
                name);
    }

    /** An answer as the class's pages and exports show it; without its prompt (one the course lost), as stored. */
    private static ClassLiveAnswer liveAnswer(SeminarSession session, long userId, SeminarAnswer answer,
                                              @Nullable SeminarPrompt prompt) {
        String text = prompt != null ? answerText(prompt, answer)
                : answer.getChoice() == null ? answer.getBody() : answer.getChoice();
        return new ClassLiveAnswer(session.requireId(), session.getStartedAt(), userId, answer.getStepKey(), text,
                answer.getChoice(), prompt == null ? 0 : prompt.pointOf(answer.getChoice()), answer.getApproval(),
                answer.getAnsweredAt());
    }

    private static String answerText(SeminarPrompt prompt, SeminarAnswer answer) {
        String choice = answer.getChoice();
        return choice == null ? answer.getBody() : prompt.labelOrKey(choice);
    }
}

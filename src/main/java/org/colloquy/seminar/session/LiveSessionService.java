package org.colloquy.seminar.session;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.CurrentUser;
import org.colloquy.cohort.JoinCodes;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.Lesson;
import org.colloquy.content.StepText;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening a live session: which lessons and prompts a leader can run, for which of her classes, and the sessions
 * she has open. What happens in the room once it is open belongs to the console, the audience and the screen.
 */
@Service
public class LiveSessionService {

    private final SeminarSessionRepository sessions;
    private final CourseCatalog catalog;
    private final CurrentUser currentUser;
    private final CohortService cohorts;
    private final Clock clock;

    LiveSessionService(SeminarSessionRepository sessions, CourseCatalog catalog, CurrentUser currentUser,
                CohortService cohorts, Clock clock) {
        this.sessions = sessions;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.cohorts = cohorts;
        this.clock = clock;
    }

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

    /**
     * The classes a session can be started for: those the leader teaches, as an instructor or as a seminar leader one
     * of its instructors asked in (none for a leader who teaches none).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public List<CohortRef> classesToRunFor() {
        return cohorts.cohortsITeach();
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
                        StepText.oneLine(prompt.step()), prompt.kind()));
            }
            lessonNumber++;
        }
        return picks;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public List<SessionSummary> myOpenSessions() {
        return sessions.findByLeaderIdAndClosedAtIsNullOrderByStartedAtDesc(currentUser.require().id()).stream()
                .map(this::summary).toList();
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

    private SessionSummary summary(SeminarSession session) {
        Course course = catalog.require(session.getCourseKey());
        return new SessionSummary(session.requireId(), SessionPrompts.title(course, session), session.getJoinCode(),
                session.getStartedAt());
    }
}

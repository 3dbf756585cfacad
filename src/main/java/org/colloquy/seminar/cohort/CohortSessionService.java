package org.colloquy.seminar.cohort;

import org.colloquy.base.i18n.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.CurrentUser;
import org.colloquy.identity.UserRef;
import org.colloquy.argument.ArgumentMapService;
import org.colloquy.content.ArgueStep;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.Lesson;
import org.colloquy.content.PromptKey;
import org.colloquy.seminar.session.SeminarEvent.ClassWorkShown;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.colloquy.seminar.session.LeaderSessions;
import org.colloquy.seminar.session.SeminarAnswer;
import org.colloquy.seminar.session.SeminarAnswerRepository;
import org.colloquy.seminar.session.SeminarEvent;
import org.colloquy.seminar.session.SeminarSession;
import org.colloquy.seminar.session.SeminarSessionRepository;
import org.colloquy.seminar.session.SessionPrompts;

/**
 * A live session run for a class: the leader sees the class's students by name, brings in answers the class's
 * instructors starred during review (anonymously) and puts the class's argument map on the projector. For the
 * leader of the session only; a session without a class has none of this.
 */
@Service
@PreAuthorize("hasRole('SEMINAR_LEADER')")
public class CohortSessionService {

    private final SeminarSessionRepository sessions;
    private final LeaderSessions leaderSessions;
    private final SeminarAnswerRepository answers;
    private final CourseCatalog catalog;
    private final CurrentUser currentUser;
    private final CohortService cohorts;
    private final StarredAnswers starred;
    private final ArgumentMapService maps;
    private final ApplicationEventPublisher events;

    CohortSessionService(SeminarSessionRepository sessions, SeminarAnswerRepository answers, CourseCatalog catalog,
                        CurrentUser currentUser, CohortService cohorts, StarredAnswers starred,
                        ArgumentMapService maps, ApplicationEventPublisher events, LeaderSessions leaderSessions) {
        this.sessions = sessions;
        this.leaderSessions = leaderSessions;
        this.answers = answers;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.cohorts = cohorts;
        this.starred = starred;
        this.maps = maps;
        this.events = events;
    }

    /** The class's students by name, and who has answered the prompt on screen; nothing for an open session. */
    @Transactional(readOnly = true)
    public Optional<CohortInRoom> classInRoom(long sessionId) {
        SeminarSession session = ledByMe(sessionId);
        Long cohortId = session.getCohortId();
        if (cohortId == null) {
            return Optional.empty();
        }
        String promptKey = SessionPrompts.current(courseOf(session), session).key();
        List<SeminarAnswer> received = answers.findBySessionIdAndStepKeyOrderByAnsweredAtAsc(sessionId, promptKey);
        Set<Long> answered = received.stream().map(SeminarAnswer::getUserId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<UserRef> students = cohorts.students(cohortId);
        Set<Long> inClass = students.stream().map(UserRef::id).collect(Collectors.toSet());
        List<CohortInRoom.Student> roster = students.stream()
                .map(student -> new CohortInRoom.Student(student.id(), student.displayName(),
                        answered.contains(student.id())))
                .toList();
        // one answer per person and prompt: every answer not from a student of the class, guests' included
        int fromOutside = (int) received.stream()
                .filter(answer -> answer.getUserId() == null || !inClass.contains(answer.getUserId())).count();
        return Optional.of(new CohortInRoom(cohortId, cohorts.requireTeaching(cohortId).name(), roster, fromOutside));
    }

    /** Answers to the prompt on screen that the class's instructors starred in the review queue, without names. */
    @Transactional(readOnly = true)
    public List<StarredAnswer> starredForPromptOnScreen(long sessionId) {
        SeminarSession session = ledByMe(sessionId);
        Long cohortId = session.getCohortId();
        if (cohortId == null) {
            return List.of();
        }
        return starred.starred(cohortId, SessionPrompts.current(courseOf(session), session).key());
    }

    /** Puts a starred answer to the prompt on screen onto the projector, without its author. */
    @Transactional
    public void bringIn(long sessionId, long responseId) {
        SeminarSession session = openSessionLedByMe(sessionId);
        boolean isStarred = starredForPromptOnScreen(sessionId).stream()
                .anyMatch(answer -> answer.responseId() == responseId);
        if (!isStarred) {
            throw Refusal.of("seminar.refused.not-starred");
        }
        session.bringIn(responseId);
        events.publishEvent(new ClassWorkShown(sessionId));
    }

    @Transactional
    public void takeDownStarred(long sessionId) {
        openSessionLedByMe(sessionId).bringIn(null);
        events.publishEvent(new ClassWorkShown(sessionId));
    }

    /** The argue steps of the course, whose class maps a session for a class can put on screen. */
    @Transactional(readOnly = true)
    public List<MapToShow> mapsToShow(long sessionId) {
        SeminarSession session = ledByMe(sessionId);
        if (session.getCohortId() == null) {
            return List.of();
        }
        Course course = courseOf(session);
        int number = 1;
        List<MapToShow> found = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            for (var step : lesson.steps()) {
                if (step instanceof ArgueStep argue) {
                    found.add(new MapToShow(PromptKey.of(lesson, argue).toString(), number, lesson.title(),
                            argue.claim().plainText()));
                }
            }
            number++;
        }
        return found;
    }

    /** Shows the class's argument map of an argue step on the projector, updated as students add reasons. */
    @Transactional
    public void showMap(long sessionId, String promptKey) {
        SeminarSession session = openSessionLedByMe(sessionId);
        if (mapsToShow(sessionId).stream().noneMatch(map -> map.promptKey().equals(promptKey))) {
            throw Refusal.of("seminar.refused.no-such-map", promptKey);
        }
        session.showMap(promptKey);
        events.publishEvent(new ClassWorkShown(sessionId));
    }

    @Transactional
    public void hideMap(long sessionId) {
        openSessionLedByMe(sessionId).showMap(null);
        events.publishEvent(new ClassWorkShown(sessionId));
    }

    /**
     * What of the class's work is on the projector: the starred answer's text (if it is still starred) and the
     * argument map, both without authors.
     */
    @Transactional(readOnly = true)
    public CohortOnScreen onScreen(long sessionId) {
        SeminarSession session = ledByMe(sessionId);
        Course course = courseOf(session);
        Long cohortId = session.getCohortId();
        if (cohortId == null || session.isClosed()) {
            return CohortOnScreen.nothing(course);
        }
        Long responseId = session.getStarredResponseId();
        StarredAnswer broughtIn = responseId == null ? null
                : starred.starred(cohortId, SessionPrompts.current(course, session).key()).stream()
                        .filter(answer -> answer.responseId() == responseId).findFirst().orElse(null);
        String mapKey = session.getMapPromptKey();
        return new CohortOnScreen(course, broughtIn,
                mapKey == null ? null : maps.classMap(cohortId, mapKey).withoutAuthors());
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
}

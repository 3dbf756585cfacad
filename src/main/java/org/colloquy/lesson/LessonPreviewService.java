package org.colloquy.lesson;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.colloquy.base.AnswerText;
import org.colloquy.base.i18n.Text;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.CourseDrafts;
import org.colloquy.content.Lesson;
import org.colloquy.content.Step;
import org.colloquy.identity.CurrentUser;
import org.colloquy.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A lesson as a student meets it, for instructors and admins who teach or look after it: the same steps and the same
 * checks of an answer, and nothing stored. No answer, draft, progress, position or check result is kept, so a preview
 * never shows up in a class's work.
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
public class LessonPreviewService {

    private final CourseCatalog catalog;
    private final CourseDrafts drafts;
    private final CohortService cohorts;
    private final PeerVisibility peers;
    private final CurrentUser currentUser;
    private final Clock clock;

    LessonPreviewService(CourseCatalog catalog, CourseDrafts drafts, CohortService cohorts, PeerVisibility peers,
                         CurrentUser currentUser, Clock clock) {
        this.catalog = catalog;
        this.drafts = drafts;
        this.cohorts = cohorts;
        this.peers = peers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The lesson at its first step, as a student opening it for the first time sees it. */
    public LessonState open(String courseKey, String lessonKey) {
        Course course = course(courseKey);
        Lesson lesson = course.lesson(lessonKey)
                .orElseThrow(() -> UnknownLessonException.noLesson(courseKey, lessonKey));
        return new LessonState(course, lesson, 0, Map.of(), Set.of(), false);
    }

    /**
     * A lesson of a course drafted in the studio and not published (decision 0042), at its first step, read from the
     * draft; only the draft's owner (or an admin) gets it, anyone else is told there is no such course.
     */
    public LessonState openFromStudio(long draftId, String lessonKey) {
        Course course = drafts.draftCourse(draftId)
                .orElseThrow(() -> UnknownLessonException.noCourse(String.valueOf(draftId)));
        Lesson lesson = course.lesson(lessonKey)
                .orElseThrow(() -> UnknownLessonException.noLesson(course.key(), lessonKey));
        return new LessonState(course, lesson, 0, Map.of(), Set.of(), false);
    }

    /** What saving this draft would meet: only a draft's own limit, as for a student. Nothing is stored. */
    public SaveOutcome trySaveDraft(String courseKey, String promptKey, String body) {
        return trySaveDraft(catalog.course(courseKey), promptKey, body);
    }

    /** As {@link #trySaveDraft(String, String, String)}, in a lesson of a studio draft. Nothing is stored. */
    public SaveOutcome trySaveDraftFromStudio(long draftId, String promptKey, String body) {
        return trySaveDraft(drafts.draftCourse(draftId), promptKey, body);
    }

    private SaveOutcome trySaveDraft(Optional<Course> course, String promptKey, String body) {
        if (course.flatMap(each -> each.step(promptKey)).isEmpty()) {
            return new SaveOutcome.Refused(Text.of("lesson.problem.gone"));
        }
        return AnswerRules.draftProblem(AnswerText.clean(body)).<SaveOutcome>map(refused -> refused)
                .orElseGet(() -> new SaveOutcome.Saved(0, clock.instant(), 0, false));
    }

    /**
     * What submitting this would meet: the refusal a student would get, or an acceptance numbered as a first
     * submission. Nothing is stored either way.
     */
    public SaveOutcome trySubmit(String courseKey, String promptKey, String body, @Nullable String choice) {
        return trySubmit(catalog.course(courseKey).orElse(null), promptKey, body, choice);
    }

    /** As {@link #trySubmit(String, String, String, String)}, in a lesson of a studio draft. Nothing is stored. */
    public SaveOutcome trySubmitFromStudio(long draftId, String promptKey, String body, @Nullable String choice) {
        return trySubmit(drafts.draftCourse(draftId).orElse(null), promptKey, body, choice);
    }

    private SaveOutcome trySubmit(@Nullable Course course, String promptKey, String body, @Nullable String choice) {
        Optional<Step> step = course == null ? Optional.empty() : course.step(promptKey);
        if (course == null || step.isEmpty()) {
            return new SaveOutcome.Refused(Text.of("lesson.problem.gone"));
        }
        Optional<SaveOutcome.Refused> problem = AnswerRules.submissionProblem(step.get(), AnswerText.clean(body),
                choice, course.reading());
        return problem.<SaveOutcome>map(refused -> refused)
                .orElseGet(() -> new SaveOutcome.Saved(0, clock.instant(), 1, true));
    }

    /** Whether the class discussion of this prompt hides its authors' names from classmates. */
    public boolean anonymousToPeers(String courseKey, String promptKey) {
        return peers.anonymousToPeers(courseKey, promptKey);
    }

    /** The classes of this course the signed-in person teaches, whose discussions a preview links to. */
    public List<CohortRef> classesTeaching(String courseKey) {
        if (!currentUser.require().has(Role.INSTRUCTOR)) {
            return List.of();
        }
        return cohorts.cohortsITeach().stream().filter(cohort -> cohort.courseKey().equals(courseKey)).toList();
    }

    private Course course(String courseKey) {
        return catalog.course(courseKey).orElseThrow(() -> UnknownLessonException.noCourse(courseKey));
    }
}

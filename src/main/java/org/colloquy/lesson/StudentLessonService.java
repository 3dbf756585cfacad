package org.colloquy.lesson;

import org.colloquy.base.i18n.Text;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colloquy.identity.CurrentUser;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.Lesson;
import org.colloquy.content.PositionStep;
import org.colloquy.content.ReadStep;
import org.colloquy.content.Step;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;
import org.colloquy.schedule.DueDates;
import org.colloquy.schedule.ScheduleService;

/** A student's path through a course: lesson statuses, where to resume, lesson completion. */
@Service
@PreAuthorize("hasRole('STUDENT')")
public class StudentLessonService {

    private final CourseCatalog catalog;
    private final LessonProgressRepository progress;
    private final AnswerService answers;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ScheduleService schedules;

    StudentLessonService(CourseCatalog catalog, LessonProgressRepository progress, AnswerService answers,
                         CurrentUser currentUser, Clock clock, ScheduleService schedules) {
        this.schedules = schedules;
        this.catalog = catalog;
        this.progress = progress;
        this.answers = answers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<LessonSummary> lessons(String courseKey) {
        Course course = course(courseKey);
        Map<String, LessonProgress> byLesson = progress.findByUserIdAndCourseKey(currentUser.require().id(), courseKey)
                .stream().collect(Collectors.toMap(LessonProgress::getLessonKey, Function.identity()));
        return course.lessons().stream()
                .map(lesson -> new LessonSummary(lesson, statusOf(byLesson.get(lesson.key()))))
                .toList();
    }

    /** Opens a lesson where the student left it, starting it if this is the first visit. */
    @Transactional
    public LessonState open(String courseKey, String lessonKey) {
        Course course = course(courseKey);
        Lesson lesson = lesson(course, lessonKey);
        DueDates dates = schedules.myDates(courseKey).get(lessonKey);
        if (dates != null && dates.notOpenYet(clock.instant())) {
            throw new UnknownLessonException(Text.of("schedule.refused.not-open-yet"));
        }
        long userId = currentUser.require().id();
        LessonProgress lessonProgress = progress.findByUserIdAndCourseKeyAndLessonKey(userId, courseKey, lessonKey)
                .orElseGet(() -> progress.save(new LessonProgress(userId, courseKey, lessonKey,
                        lesson.steps().getFirst().key(), clock.instant())));
        int index = Math.max(0, lesson.indexOf(lessonProgress.getCurrentStepKey()));
        return new LessonState(course, lesson, index, answers.answersInLesson(courseKey, lessonKey),
                lessonProgress.getReadSteps(), lessonProgress.getCompletedAt() != null);
    }

    @Transactional
    public void moveTo(String courseKey, String lessonKey, String stepKey) {
        Lesson lesson = lesson(course(courseKey), lessonKey);
        if (lesson.step(stepKey).isEmpty()) {
            throw UnknownLessonException.noStep(lessonKey, stepKey);
        }
        requireProgress(courseKey, lessonKey).moveTo(stepKey, clock.instant());
    }

    /** Marks a read step as read, so it shows as done in the lesson from now on. */
    @Transactional
    public void markRead(String courseKey, String lessonKey, String stepKey) {
        Lesson lesson = lesson(course(courseKey), lessonKey);
        if (!(lesson.step(stepKey).orElse(null) instanceof ReadStep)) {
            throw UnknownLessonException.noStep(lessonKey, stepKey);
        }
        requireProgress(courseKey, lessonKey).markRead(stepKey, clock.instant());
    }

    @Transactional
    public void complete(String courseKey, String lessonKey) {
        lesson(course(courseKey), lessonKey);
        requireProgress(courseKey, lessonKey).complete(clock.instant());
    }

    /** Each claim asked before and after in this lesson, where the student submitted both. */
    @Transactional(readOnly = true)
    public List<PositionShift> positionShifts(String courseKey, String lessonKey) {
        Lesson lesson = lesson(course(courseKey), lessonKey);
        Map<String, AnswerSnapshot> given = answers.answersInLesson(courseKey, lessonKey);
        List<PositionShift> shifts = new ArrayList<>();
        for (Step step : lesson.steps()) {
            if (step instanceof PositionStep after && after.moment() == PositionStep.Moment.AFTER
                    && after.repeats() != null) {
                AnswerSnapshot before = given.get(after.repeats());
                AnswerSnapshot now = given.get(after.key());
                if (isSubmittedPosition(before) && isSubmittedPosition(now)) {
                    shifts.add(new PositionShift(after.claim().plainText(), Integer.parseInt(before.choice()),
                            before.body(), Integer.parseInt(now.choice()), now.body()));
                }
            }
        }
        return shifts;
    }

    private static boolean isSubmittedPosition(@Nullable AnswerSnapshot answer) {
        return answer != null && answer.isSubmitted() && answer.choice() != null;
    }

    private LessonProgress requireProgress(String courseKey, String lessonKey) {
        long userId = currentUser.require().id();
        return progress.findByUserIdAndCourseKeyAndLessonKey(userId, courseKey, lessonKey)
                .orElseThrow(() -> new UnknownLessonException(Text.of("lesson.not-found.not-opened")));
    }

    private static LessonStatus statusOf(@Nullable LessonProgress lessonProgress) {
        if (lessonProgress == null) {
            return LessonStatus.NOT_STARTED;
        }
        return lessonProgress.getCompletedAt() != null ? LessonStatus.DONE : LessonStatus.IN_PROGRESS;
    }

    private Course course(String courseKey) {
        return catalog.course(courseKey).orElseThrow(() -> UnknownLessonException.noCourse(courseKey));
    }

    private static Lesson lesson(Course course, String lessonKey) {
        return course.lesson(lessonKey)
                .orElseThrow(() -> UnknownLessonException.noLesson(course.key(), lessonKey));
    }
}

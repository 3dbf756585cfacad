package org.colloquy.gradebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.colloquy.cohort.CohortRef;
import org.colloquy.content.CheckStep;
import org.colloquy.content.Course;
import org.colloquy.content.Lesson;
import org.colloquy.content.PromptKey;
import org.colloquy.content.RespondStep;
import org.colloquy.content.Rubric;
import org.colloquy.content.Step;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.LessonStatus;
import org.colloquy.lesson.StudentAnswer;
import org.colloquy.review.CriterionScore;
import org.colloquy.review.Grade;
import org.colloquy.seminar.results.ClassLiveAnswer;
import org.jspecify.annotations.Nullable;

/**
 * Builds a gradebook from what the services of the class's features hand over, in memory and in one pass over each:
 * no query per student or per lesson. Plain logic, tested on its own.
 */
final class GradebookRows {

    private final Course course;
    private final List<LessonColumn> columns = new ArrayList<>();

    GradebookRows(Course course) {
        this.course = course;
        int number = 1;
        for (Lesson lesson : course.lessons()) {
            int checks = (int) lesson.steps().stream().filter(CheckStep.class::isInstance).count();
            int rubricMax = lesson.steps().stream().map(GradebookRows::rubricOf).filter(Objects::nonNull)
                    .mapToInt(Rubric::maxTotal).sum();
            columns.add(new LessonColumn(number++, lesson.key(), lesson.title(), checks, rubricMax));
        }
    }

    Gradebook build(CohortRef cohort, List<UserRef> students, Map<Long, Map<String, LessonStatus>> progress,
                    List<StudentAnswer> answers, Map<Long, Grade> grades, List<ClassLiveAnswer> live,
                    Set<String> late) {
        Map<Long, Map<String, StudentAnswer>> answersByStudent = answers.stream().collect(Collectors.groupingBy(
                StudentAnswer::userId, Collectors.toMap(StudentAnswer::promptKey, answer -> answer, (a, b) -> a)));
        Map<Long, Map<String, Long>> liveByStudent = live.stream().collect(Collectors.groupingBy(
                ClassLiveAnswer::studentId, Collectors.groupingBy(ClassLiveAnswer::lessonKey, Collectors.counting())));
        List<GradebookRow> rows = new ArrayList<>(students.size());
        for (UserRef student : students) {
            Map<String, StudentAnswer> hers = answersByStudent.getOrDefault(student.id(), Map.of());
            Map<String, LessonStatus> status = progress.getOrDefault(student.id(), Map.of());
            Map<String, Long> liveCounts = liveByStudent.getOrDefault(student.id(), Map.of());
            List<LessonCell> cells = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                cells.add(cell(columns.get(i), course.lessons().get(i), status, hers, grades,
                        liveCounts.getOrDefault(columns.get(i).key(), 0L).intValue(),
                        late.contains(lateKey(student.id(), columns.get(i).key()))));
            }
            rows.add(new GradebookRow(student, cells));
        }
        return new Gradebook(cohort, course.title(), columns, rows);
    }

    /** How {@link #build} is told that a student's work on a lesson was late: {@code <student id>/<lesson key>}. */
    static String lateKey(long studentId, String lessonKey) {
        return studentId + "/" + lessonKey;
    }

    /** One student in one lesson; the one place a new per-lesson fact is filled in. */
    static LessonCell cell(LessonColumn column, Lesson lesson, Map<String, LessonStatus> status,
                           Map<String, StudentAnswer> answers, Map<Long, Grade> grades, int liveAnswers,
                           boolean late) {
        int correct = 0;
        Integer rubricPoints = null;
        int released = 0;
        boolean unreleased = false;
        for (Step step : lesson.steps()) {
            StudentAnswer answer = answers.get(PromptKey.of(lesson, step).toString());
            if (answer == null) {
                continue;
            }
            if (step instanceof CheckStep check && answer.isSubmitted() && answer.choice() != null
                    && check.option(answer.choice()).map(CheckStep.Option::correct).orElse(false)) {
                correct++;
            }
            Rubric rubric = rubricOf(step);
            Grade grade = grades.get(answer.responseId());
            if (rubric != null && grade != null) {
                int points = rubric.total(grade.scores(), CriterionScore::criterionKey, CriterionScore::score).points();
                rubricPoints = (rubricPoints == null ? 0 : rubricPoints) + points;
                if (grade.released()) {
                    released += points;
                } else {
                    unreleased = true;
                }
            }
        }
        return new LessonCell(column, status.getOrDefault(lesson.key(), LessonStatus.NOT_STARTED), correct,
                rubricPoints, released, unreleased, liveAnswers, late);
    }

    private static @Nullable Rubric rubricOf(Step step) {
        return step instanceof RespondStep respond ? respond.rubric() : null;
    }
}

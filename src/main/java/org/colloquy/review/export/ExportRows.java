package org.colloquy.review.export;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colloquy.identity.UserRef;
import org.colloquy.content.Course;
import org.colloquy.content.Lesson;
import org.colloquy.content.PositionStep;
import org.colloquy.content.PromptKey;
import org.colloquy.content.RespondStep;
import org.colloquy.content.Rubric;
import org.colloquy.content.Step;
import org.colloquy.lesson.StudentAnswer;
import org.jspecify.annotations.Nullable;
import org.colloquy.review.CriterionScore;
import org.colloquy.review.Feedback;
import org.colloquy.schedule.DueDates;
import org.colloquy.base.WordCount;
import org.colloquy.seminar.results.ClassLiveAnswer;

/**
 * Turns a page of students and their answers in one course into export rows: students in the order given, each
 * student's answers in the course's order of prompts, answers to prompts since removed from the course last.
 */
final class ExportRows {

    private final String courseKey;
    private final @Nullable Course course;
    private final String cohortLabel;
    private final Map<Long, Map<String, DueDates>> dates;
    private final Map<String, Integer> promptOrder = new HashMap<>();
    private final Map<String, PositionPair> positionPairs = new HashMap<>();

    /** The prompt keys of one claim's position before and after its lesson, either missing if the lesson has none. */
    private record PositionPair(@Nullable String before, @Nullable String after) {
    }

    /** {@code course} is null when the course is no longer in the catalogue; its answers are still exported. */
    ExportRows(String courseKey, @Nullable Course course, String cohortLabel) {
        this(courseKey, course, cohortLabel, Map.of());
    }

    /** With each student's dates by student id and lesson key, for the due date and late flag of each answer. */
    ExportRows(String courseKey, @Nullable Course course, String cohortLabel,
               Map<Long, Map<String, DueDates>> dates) {
        this.dates = dates;
        this.courseKey = courseKey;
        this.course = course;
        this.cohortLabel = cohortLabel;
        if (course != null) {
            for (Lesson lesson : course.lessons()) {
                for (Step step : lesson.steps()) {
                    promptOrder.put(PromptKey.of(lesson, step).toString(), promptOrder.size());
                }
                pairPositions(lesson);
            }
        }
    }

    List<ExportRow> of(List<UserRef> students, List<StudentAnswer> responses, Map<Long, Feedback> feedback) {
        return of(students, responses, feedback, List.of());
    }

    /** The students' answers, each student's live answers after her lesson answers, oldest first. */
    List<ExportRow> of(List<UserRef> students, List<StudentAnswer> responses, Map<Long, Feedback> feedback,
                       List<ClassLiveAnswer> live) {
        if (live.isEmpty()) {
            return lessonRows(students, responses, feedback);
        }
        return merge(students, lessonRows(students, responses, feedback), live);
    }

    private List<ExportRow> merge(List<UserRef> students, List<ExportRow> lessonRows, List<ClassLiveAnswer> live) {
        Map<String, List<ExportRow>> byUsername = lessonRows.stream()
                .collect(Collectors.groupingBy(ExportRow::username, java.util.LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<ClassLiveAnswer>> liveByStudent = live.stream()
                .collect(Collectors.groupingBy(ClassLiveAnswer::studentId));
        List<ExportRow> rows = new java.util.ArrayList<>(lessonRows.size() + live.size());
        for (UserRef student : students) {
            rows.addAll(byUsername.getOrDefault(student.username(), List.of()));
            for (ClassLiveAnswer answer : liveByStudent.getOrDefault(student.id(), List.of())) {
                rows.add(liveRow(student, answer));
            }
        }
        return rows;
    }

    private ExportRow liveRow(UserRef student, ClassLiveAnswer answer) {
        String lessonTitle = course == null ? "" : course.lesson(answer.lessonKey()).map(Lesson::title).orElse("");
        String kind = course == null ? "" : course.step(answer.promptKey()).map(ExportRows::kindOf).orElse("");
        return new ExportRow(student.displayName(), student.username(), cohortLabel, courseKey, answer.lessonKey(),
                lessonTitle, answer.promptKey(), kind, "", answer.answer(), WordCount.of(answer.answer()),
                toSeconds(answer.answeredAt()), 0, answer.choice(), null, null, List.of(), null,
                "", false, null, false, toSeconds(answer.sessionStartedAt()));
    }

    private static String kindOf(Step step) {
        return step.getClass().getSimpleName().replace("Step", "").toLowerCase(java.util.Locale.ROOT);
    }

    private List<ExportRow> lessonRows(List<UserRef> students, List<StudentAnswer> responses,
                                       Map<Long, Feedback> feedback) {
        Map<Long, UserRef> byId = students.stream().collect(Collectors.toMap(UserRef::id, Function.identity()));
        Map<Long, Integer> studentOrder = new HashMap<>();
        students.forEach(student -> studentOrder.put(student.id(), studentOrder.size()));
        Map<Long, Map<String, StudentAnswer>> answersByStudent = responses.stream()
                .collect(Collectors.groupingBy(StudentAnswer::userId,
                        Collectors.toMap(StudentAnswer::promptKey, Function.identity())));
        return responses.stream()
                .filter(response -> byId.containsKey(response.userId()))
                .sorted(Comparator.comparing((StudentAnswer response) -> studentOrder.get(response.userId()))
                        .thenComparing(response -> promptOrder.getOrDefault(response.promptKey(), Integer.MAX_VALUE))
                        .thenComparing(StudentAnswer::promptKey))
                .map(response -> row(byId.get(response.userId()), response, answersByStudent.get(response.userId()),
                        feedback.get(response.responseId())))
                .toList();
    }

    private ExportRow row(UserRef student, StudentAnswer response, Map<String, StudentAnswer> answersOfStudent,
                          @Nullable Feedback feedback) {
        String lessonKey = PromptKey.parse(response.promptKey()).map(PromptKey::lessonKey).orElse("");
        String lessonTitle = course == null ? "" : course.lesson(lessonKey).map(Lesson::title).orElse("");
        PositionPair pair = positionPairs.get(response.promptKey());
        Rubric rubric = rubricOf(response.promptKey());
        List<CriterionScore> scores = feedback == null ? List.of() : feedback.getScores();
        DueDates due = dates.getOrDefault(student.id(), Map.of()).get(lessonKey);
        return new ExportRow(student.displayName(), student.username(), cohortLabel, courseKey, lessonKey, lessonTitle,
                response.promptKey(), response.kind(), response.contentVersion(), response.body(), response.wordCount(),
                toSeconds(response.submittedAt()), response.submissionCount(), response.choice(),
                pair == null ? null : positionLabel(answersOfStudent, pair.before()),
                pair == null ? null : positionLabel(answersOfStudent, pair.after()),
                rubric == null ? scores : rubric.inOrder(scores, CriterionScore::criterionKey),
                rubric == null || scores.isEmpty() ? null
                        : rubric.total(scores, CriterionScore::criterionKey, CriterionScore::score),
                feedback == null ? "" : feedback.getComment(),
                feedback != null && feedback.getReleasedAt() != null,
                due == null ? null : toSeconds(due.dueAt()), due != null && due.isLate(response.submittedAt()), null);
    }

    private @Nullable Rubric rubricOf(String promptKey) {
        Step step = course == null ? null : course.step(promptKey).orElse(null);
        return step instanceof RespondStep respond ? respond.rubric() : null;
    }

    private void pairPositions(Lesson lesson) {
        for (Step step : lesson.steps()) {
            if (step instanceof PositionStep position) {
                String key = PromptKey.of(lesson, position).toString();
                if (position.moment() == PositionStep.Moment.AFTER) {
                    String before = position.repeats() == null ? null : lesson.key() + "/" + position.repeats();
                    PositionPair pair = new PositionPair(before, key);
                    positionPairs.put(key, pair);
                    if (before != null) {
                        positionPairs.put(before, pair);
                    }
                } else {
                    positionPairs.putIfAbsent(key, new PositionPair(key, null));
                }
            }
        }
    }

    private static @Nullable String positionLabel(Map<String, StudentAnswer> answers, @Nullable String promptKey) {
        StudentAnswer answer = promptKey == null ? null : answers.get(promptKey);
        String choice = answer == null ? null : answer.choice();
        return PositionStep.point(choice) > 0 ? PositionStep.label(PositionStep.point(choice)) : null;
    }

    private static @Nullable Instant toSeconds(@Nullable Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
    }
}

package org.colloquy.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.LessonStatus;
import org.colloquy.lesson.StudentLessonService;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.review.CriterionScore;
import org.colloquy.review.QueueEntry;
import org.colloquy.review.ReviewService;
import org.colloquy.review.export.CohortExportService;
import org.colloquy.review.export.ExportFormat;
import org.colloquy.schedule.ScheduleService;
import org.colloquy.seminar.audience.AudienceService;
import org.colloquy.seminar.cohort.CohortSessionFixture;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SessionSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A small class's gradebook, computed exactly: Ana finished lesson 1 with one check of two right and a released
 * rubric score of 3 of 4, and is graded 3 of 4 in lesson 2 in a draft; Ben got both checks of lesson 1 right and has
 * no rubric score. Both answered in a live session of the class, and so did Olga, who is in no class.
 */
@IntegrationTest
class GradebookServiceTest {

    private static final String COURSE = CohortSessionFixture.COURSE;
    private static final String RESPOND_1 = "three-stages/respond-balance";
    private static final String RESPOND_2 = "international-milieu/respond-opportunity-challenge";

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AnswerService answers;
    @Autowired
    StudentLessonService lessons;
    @Autowired
    CohortWorkService classWork;
    @Autowired
    ReviewService reviews;
    @Autowired
    GradebookService gradebooks;
    @Autowired
    CohortExportService exports;
    @Autowired
    LiveSessionService rooms;
    @Autowired
    AudienceService audience;
    @Autowired
    ScheduleService schedules;
    @Autowired
    Clock clock;

    CohortSessionFixture f;

    @BeforeEach
    void aSmallClassWithLessonWorkGradesAndLiveAnswers() {
        f = CohortSessionFixture.create(accounts, cohorts);
        accounts.signIn(f.ana());
        lessons.open(COURSE, "three-stages");
        submit("three-stages/check-second-stage", "", "b"); // right
        submit("three-stages/check-prerequisite", "", "c"); // wrong
        submit(RESPOND_1, words(90, "balance"), null);
        lessons.complete(COURSE, "three-stages");
        lessons.open(COURSE, "international-milieu");
        submit("international-milieu/check-emerging", "", "b"); // right
        submit(RESPOND_2, words(90, "order"), null);
        accounts.signIn(f.ben());
        lessons.open(COURSE, "three-stages");
        submit("three-stages/check-second-stage", "", "b"); // right
        submit("three-stages/check-prerequisite", "", "a"); // right

        accounts.signIn(f.teacher());
        reviews.saveFeedback(f.cohort().id(), responseOf(f.ana(), RESPOND_1), "Well read.",
                List.of(new CriterionScore("reading", 2, ""), new CriterionScore("analysis", 1, "")));
        reviews.release(f.cohort().id(), RESPOND_1);
        reviews.saveFeedback(f.cohort().id(), responseOf(f.ana(), RESPOND_2), "",
                List.of(new CriterionScore("grounding", 1, ""), new CriterionScore("reasoning", 2, "")));

        SessionSummary session = rooms.startWithPrompts(f.cohort().id(), COURSE, List.of(RESPOND_1));
        accounts.signIn(f.ana());
        audience.answer(session.joinCode(), RESPOND_1, "Said live: stability against the market.", null);
        accounts.signIn(f.outsider());
        audience.join(session.joinCode());
        audience.answer(session.joinCode(), RESPOND_1, "Olga, from no class.", null);
        accounts.signIn(f.teacher());
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void each_students_checks_rubric_points_completion_and_totals_are_counted_exactly() {
        Gradebook gradebook = gradebooks.gradebook(f.cohort().id());

        assertThat(gradebook.lessons()).hasSize(9);
        assertThat(gradebook.lessons().getFirst()).isEqualTo(
                new LessonColumn(1, "three-stages", gradebook.lessons().getFirst().title(), 2, 4));
        assertThat(gradebook.rows()).extracting(row -> row.student().displayName())
                .containsExactly("Ana Ortiz", "Ben Brook");

        GradebookRow ana = gradebook.rows().get(0);
        LessonCell anaOne = ana.lesson("three-stages");
        assertThat(anaOne.completion()).isEqualTo(LessonStatus.DONE);
        assertThat(anaOne.checks()).isEqualTo(new Score(1, 2));
        assertThat(anaOne.rubric()).isEqualTo(new Score(3, 4));
        assertThat(anaOne.unreleased()).isFalse();
        assertThat(anaOne.points()).isEqualTo(new Score(4, 6));
        LessonCell anaTwo = ana.lesson("international-milieu");
        assertThat(anaTwo.completion()).isEqualTo(LessonStatus.IN_PROGRESS);
        assertThat(anaTwo.checks()).isEqualTo(new Score(1, 2));
        assertThat(anaTwo.rubric()).isEqualTo(new Score(3, 4));
        assertThat(anaTwo.unreleased()).as("her lesson 2 score is a draft").isTrue();
        assertThat(anaTwo.releasedPoints()).isEqualTo(new Score(1, 6));
        assertThat(ana.lesson("sco").started()).isFalse();
        assertThat(ana.total()).isEqualTo(new Score(8, 61));
        assertThat(ana.releasedTotal()).isEqualTo(new Score(5, 61));
        assertThat(ana.lessonsDone()).isEqualTo(1);

        GradebookRow ben = gradebook.rows().get(1);
        LessonCell benOne = ben.lesson("three-stages");
        assertThat(benOne.completion()).isEqualTo(LessonStatus.IN_PROGRESS);
        assertThat(benOne.checks()).isEqualTo(new Score(2, 2));
        assertThat(benOne.rubric()).as("not graded").isNull();
        assertThat(ben.lesson("international-milieu").completion()).isEqualTo(LessonStatus.NOT_STARTED);
        assertThat(ben.total()).isEqualTo(new Score(2, 61));

        assertThat(gradebook.classTotal()).isEqualTo(new Score(10, 122));
        assertThat(gradebook.classTotal().percent()).isEqualTo(8);
        assertThat(gradebook.done("three-stages")).isEqualTo(1);
    }

    @Test
    void a_students_live_answers_count_in_her_lesson_and_nobody_outside_the_class_gets_a_row() {
        Gradebook gradebook = gradebooks.gradebook(f.cohort().id());

        assertThat(gradebook.rows().get(0).lesson("three-stages").liveAnswers()).isEqualTo(1);
        assertThat(gradebook.rows().get(1).lesson("three-stages").liveAnswers()).isZero();
        assertThat(gradebook.rows()).extracting(row -> row.student().displayName()).doesNotContain("Olga Outside");
        assertThat(gradebook.rows().get(0).lesson("three-stages").points())
                .as("a live answer is shown, never graded").isEqualTo(new Score(4, 6));
    }

    @Test
    void live_answers_appear_in_the_review_queue_marked_as_live_and_only_from_the_class() {
        List<QueueEntry> queue = reviews.queue(f.cohort().id(), RESPOND_1);

        assertThat(queue).extracting(entry -> entry.student().displayName()).containsExactly("Ana Ortiz", "Ben Brook");
        assertThat(queue.getFirst().live()).singleElement()
                .satisfies(live -> assertThat(live.answer()).isEqualTo("Said live: stability against the market."));
        assertThat(queue.get(1).live()).isEmpty();
        assertThat(queue.toString()).doesNotContain("Olga");
    }

    @Test
    void live_answers_appear_in_the_class_export_with_the_status_live() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(f.cohort().id(), ExportFormat.CSV, out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv.lines().filter(line -> line.contains("Said live"))).singleElement()
                .satisfies(line -> assertThat(line).startsWith("Ana Ortiz,").contains(",live,"));
        assertThat(csv).doesNotContain("Olga");
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",feedback released,due at,late,live session started at");
    }

    @Test
    void the_downloads_carry_released_points_only() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        gradebooks.write(f.cohort().id(), GradebookFormat.MOODLE, out);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("Ana Ortiz," + f.ana().username() + ",4,1,,");
        assertThat(lines.get(2)).startsWith("Ben Brook," + f.ben().username() + ",2,,");
        assertThat(gradebooks.fileName(f.cohort().id(), GradebookFormat.CANVAS))
                .matches("gradebook-seminar-class-canvas-\\d{4}-\\d{2}-\\d{2}\\.csv");
    }

    @Test
    void work_handed_in_after_the_due_date_is_marked_late_in_the_gradebook_and_the_moodle_download() {
        schedules.setLessonDates(f.cohort().id(), "international-milieu", null,
                LocalDateTime.now(clock).minusDays(2), null);

        Gradebook gradebook = gradebooks.gradebook(f.cohort().id());
        GradebookRow ana = gradebook.rows().getFirst();
        GradebookRow ben = gradebook.rows().get(1);
        assertThat(ana.lesson("international-milieu").late()).isTrue();
        assertThat(ana.lesson("three-stages").late()).isFalse();
        assertThat(ana.lateCount()).isEqualTo(1);
        assertThat(ben.lesson("international-milieu").late()).as("nothing handed in is missing, not late").isFalse();
        assertThat(ben.lateCount()).isZero();

        ByteArrayOutputStream moodle = new ByteArrayOutputStream();
        gradebooks.write(f.cohort().id(), GradebookFormat.MOODLE, moodle);
        List<String> lines = moodle.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).endsWith(",Late work");
        assertThat(lines.get(1)).startsWith("Ana Ortiz,").endsWith(",Lesson 2");
        assertThat(lines.get(2)).startsWith("Ben Brook,").endsWith(",");
        ByteArrayOutputStream late = new ByteArrayOutputStream();
        gradebooks.write(f.cohort().id(), GradebookFormat.LATE_WORK, late);
        assertThat(late.toString(StandardCharsets.UTF_8).lines().toList().get(1))
                .isEqualTo("Ana Ortiz," + f.ana().username() + ",,late,,,,,,,,1");
    }

    @Test
    void a_student_of_the_class_is_refused_its_gradebook() {
        accounts.signIn(f.ana());

        assertThatThrownBy(() -> gradebooks.gradebook(f.cohort().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> gradebooks.write(f.cohort().id(), GradebookFormat.CANVAS,
                new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_instructor_of_another_class_is_refused_it() {
        accounts.signIn(f.otherTeacher());

        assertThatThrownBy(() -> gradebooks.gradebook(f.cohort().id())).isInstanceOf(AccessDeniedException.class);
    }

    private void submit(String promptKey, String body, String choice) {
        answers.submit(COURSE, promptKey, body, choice, AnswerSnapshot.NONE_SAVED);
    }

    private long responseOf(UserRef student, String promptKey) {
        return classWork.responsesTo(f.cohort().id(), promptKey).stream()
                .filter(answer -> answer.userId() == student.id()).findFirst().orElseThrow().responseId();
    }

    private static String words(int count, String word) {
        return String.join(" ", java.util.Collections.nCopies(count, word));
    }
}

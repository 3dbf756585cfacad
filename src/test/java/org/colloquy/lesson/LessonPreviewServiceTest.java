package org.colloquy.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class LessonPreviewServiceTest {

    private static final String COURSE = "sino-russian-relations";
    private static final String LESSON = "three-stages";
    private static final List<String> TABLES_OF_STUDENT_WORK = List.of("response", "response_submission",
            "lesson_progress", "argument_reason", "argument_vote", "discussion_anonymity");

    @Autowired
    TestAccounts accounts;
    @Autowired
    LessonPreviewService previews;
    @Autowired
    CohortService cohorts;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void an_instructor_previews_a_lesson_from_its_first_step_and_every_answer_she_tries_leaves_nothing_stored() {
        accounts.signInNew("previewing instructor", Role.INSTRUCTOR, Role.SEMINAR_LEADER);
        Map<String, Integer> before = rowsOfStudentWork();

        LessonState lesson = previews.open(COURSE, LESSON);
        SaveOutcome draft = previews.trySaveDraft(COURSE, LESSON + "/respond-balance", "A first thought.");
        SaveOutcome check = previews.trySubmit(COURSE, LESSON + "/check-second-stage", "", "b");
        SaveOutcome position = previews.trySubmit(COURSE, LESSON + "/position-before", "Chronology matters.", "2");
        SaveOutcome post = previews.trySubmit(COURSE, LESSON + "/discuss-parallel", "The parallel holds in [¶2].", null);

        assertThat(lesson.currentStepIndex()).isZero();
        assertThat(lesson.answers()).isEmpty();
        assertThat(List.of(draft, check, position, post)).allSatisfy(outcome ->
                assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class));
        assertThat(rowsOfStudentWork()).isEqualTo(before);
    }

    @Test
    void a_preview_answer_meets_the_same_checks_as_a_students_and_says_what_to_change() {
        accounts.signInNew("previewing instructor", Role.INSTRUCTOR);

        SaveOutcome tooShort = previews.trySubmit(COURSE, LESSON + "/respond-balance", "Too short.", null);
        SaveOutcome noPoint = previews.trySubmit(COURSE, LESSON + "/position-before", "A reason.", null);

        assertThat(tooShort).isInstanceOfSatisfying(SaveOutcome.Refused.class,
                refused -> assertThat(refused.message()).contains("2 words"));
        assertThat(noPoint).isInstanceOfSatisfying(SaveOutcome.Refused.class,
                refused -> assertThat(refused.message()).contains("Choose"));
    }

    @Test
    void a_preview_links_only_to_the_discussions_of_classes_of_this_course_the_instructor_teaches() {
        accounts.signInNew("someone else", Role.INSTRUCTOR);
        cohorts.createCohort(COURSE, "A class she does not teach");
        accounts.signInNew("previewing instructor", Role.INSTRUCTOR);
        CohortRef mine = cohorts.createCohort(COURSE, "Her own class");

        assertThat(previews.classesTeaching(COURSE)).containsExactly(mine);
        assertThat(previews.classesTeaching("no-such-course")).isEmpty();
    }

    @Test
    void an_admin_previews_too_and_teaches_no_class_to_link_to() {
        accounts.signInNew("admin", Role.ADMIN);

        assertThat(previews.open(COURSE, LESSON).lesson().key()).isEqualTo(LESSON);
        assertThat(previews.classesTeaching(COURSE)).isEmpty();
    }

    @Test
    void a_student_cannot_preview_she_follows_the_lesson_itself() {
        accounts.signInNew("student", Role.STUDENT);

        assertThatThrownBy(() -> previews.open(COURSE, LESSON)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> previews.trySubmit(COURSE, LESSON + "/check-second-stage", "", "b"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_lesson_that_is_not_in_the_course_is_not_found() {
        accounts.signInNew("previewing instructor", Role.INSTRUCTOR);

        assertThatThrownBy(() -> previews.open(COURSE, "no-such-lesson")).isInstanceOf(UnknownLessonException.class);
        assertThat(previews.trySubmit(COURSE, "no-such-lesson/step", "text", null))
                .isInstanceOf(SaveOutcome.Refused.class);
    }

    private Map<String, Integer> rowsOfStudentWork() {
        return TABLES_OF_STUDENT_WORK.stream().collect(java.util.stream.Collectors.toMap(table -> table,
                table -> jdbc.queryForObject("select count(*) from " + table, Integer.class)));
    }
}

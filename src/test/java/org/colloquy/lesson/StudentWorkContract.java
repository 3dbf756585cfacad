package org.colloquy.lesson;

import org.colloquy.base.i18n.InterfaceLanguage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.content.CourseCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.colloquy.lesson.work.MyWorkService;
import org.colloquy.lesson.work.WorkItem;
import java.util.Collections;

/**
 * What the lesson services promise, run against H2 and against PostgreSQL by the two subclasses.
 */
abstract class StudentWorkContract {

    static final String COURSE = "sino-russian-relations";
    static final String LESSON = "three-stages";
    static final String RESPOND = LESSON + "/respond-balance";
    static final String CHECK = LESSON + "/check-second-stage";

    @Autowired
    TestAccounts accounts;
    @Autowired
    AnswerService answers;
    @Autowired
    StudentLessonService lessons;
    @Autowired
    MyWorkService myWork;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    UserRef student;

    @BeforeEach
    void signInAsANewStudent() {
        student = accounts.signInNew("student", Role.STUDENT);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    static String words(int count) {
        return String.join(" ", Collections.nCopies(count, "word"));
    }

    @Test
    void a_draft_is_saved_with_the_prompt_key_and_content_version() {
        SaveOutcome outcome = answers.saveDraft(COURSE, RESPOND, "First thoughts on the third stage", null,
                AnswerSnapshot.NONE_SAVED);

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        AnswerSnapshot saved = answers.answersInLesson(COURSE, LESSON).get("respond-balance");
        assertThat(saved.body()).isEqualTo("First thoughts on the third stage");
        assertThat(saved.contentVersion()).isEqualTo(catalog.course(COURSE).orElseThrow().contentVersion());
        assertThat(saved.isSubmitted()).isFalse();
    }

    @Test
    void a_save_from_a_stale_tab_is_refused_as_a_conflict_and_overwrites_nothing() {
        var first = (SaveOutcome.Saved) answers.saveDraft(COURSE, RESPOND, "tab one", null, AnswerSnapshot.NONE_SAVED);
        answers.saveDraft(COURSE, RESPOND, "tab one, more", null, first.revision());

        SaveOutcome stale = answers.saveDraft(COURSE, RESPOND, "tab two", null, first.revision());

        assertThat(stale).isInstanceOfSatisfying(SaveOutcome.Conflict.class,
                conflict -> assertThat(conflict.theirs().body()).isEqualTo("tab one, more"));
        assertThat(answers.answersInLesson(COURSE, LESSON).get("respond-balance").body()).isEqualTo("tab one, more");
    }

    @Test
    void two_tabs_that_both_start_an_answer_do_not_overwrite_each_other() {
        answers.saveDraft(COURSE, RESPOND, "tab one", null, AnswerSnapshot.NONE_SAVED);

        SaveOutcome second = answers.saveDraft(COURSE, RESPOND, "tab two", null, AnswerSnapshot.NONE_SAVED);

        assertThat(second).isInstanceOf(SaveOutcome.Conflict.class);
    }

    @Test
    void a_submission_below_the_minimum_word_count_is_refused_with_the_numbers() {
        SaveOutcome outcome = answers.submit(COURSE, RESPOND, words(30), null, AnswerSnapshot.NONE_SAVED);

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.Refused.class, refused -> assertThat(refused.message())
                .contains("30 words").contains("at least 80").contains("Add 50 more"));
    }

    @Test
    void an_over_long_draft_is_refused_with_a_clear_message_and_nothing_stored() {
        SaveOutcome outcome = answers.saveDraft(COURSE, RESPOND, "x".repeat(20_001), null, AnswerSnapshot.NONE_SAVED);

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.Refused.class,
                refused -> assertThat(refused.message()).contains("limit is 20,000"));
        assertThat(answers.answersInLesson(COURSE, LESSON)).doesNotContainKey("respond-balance");
    }

    @Test
    void control_characters_are_stripped_before_storing() {
        answers.saveDraft(COURSE, RESPOND, "clean\u0000 text\u0007", null, AnswerSnapshot.NONE_SAVED);

        assertThat(answers.answersInLesson(COURSE, LESSON).get("respond-balance").body()).isEqualTo("clean text");
    }

    @Test
    void every_submitted_revision_is_kept_with_its_time() {
        var first = (SaveOutcome.Saved) answers.submit(COURSE, RESPOND, words(90), null, AnswerSnapshot.NONE_SAVED);
        var second = (SaveOutcome.Saved) answers.submit(COURSE, RESPOND, words(100), null, first.revision());

        List<SubmissionRecord> history = answers.history(COURSE, RESPOND);

        assertThat(second.submissionCount()).isEqualTo(2);
        assertThat(history).extracting(SubmissionRecord::number).containsExactly(1, 2);
        assertThat(history.get(0).body()).isEqualTo(words(90));
        assertThat(history.get(1).body()).isEqualTo(words(100));
        assertThat(history).allSatisfy(record -> assertThat(record.submittedAt()).isNotNull());
    }

    @Test
    void a_check_answer_must_be_one_of_the_options() {
        assertThat(answers.submit(COURSE, CHECK, "", "z", AnswerSnapshot.NONE_SAVED)).isInstanceOf(SaveOutcome.Refused.class);
        assertThat(answers.submit(COURSE, CHECK, "", "b", AnswerSnapshot.NONE_SAVED)).isInstanceOf(SaveOutcome.Saved.class);
    }

    @Test
    void a_position_needs_a_point_on_the_scale_and_a_reason() {
        String before = LESSON + "/position-before";
        assertThat(answers.submit(COURSE, before, "because", null, AnswerSnapshot.NONE_SAVED))
                .isInstanceOfSatisfying(SaveOutcome.Refused.class, r -> assertThat(r.message()).contains("scale"));
        assertThat(answers.submit(COURSE, before, " ", "2", AnswerSnapshot.NONE_SAVED))
                .isInstanceOfSatisfying(SaveOutcome.Refused.class, r -> assertThat(r.message()).contains("reason"));
    }

    @Test
    void the_lesson_resumes_at_the_step_where_the_student_left_off() {
        LessonState first = lessons.open(COURSE, LESSON);
        assertThat(first.currentStepIndex()).isZero();

        lessons.moveTo(COURSE, LESSON, "respond-balance");

        LessonState reopened = lessons.open(COURSE, LESSON);
        assertThat(reopened.lesson().steps().get(reopened.currentStepIndex()).key()).isEqualTo("respond-balance");
        assertThat(lessons.lessons(COURSE).getFirst().status()).isEqualTo(LessonStatus.IN_PROGRESS);
    }

    @Test
    void a_read_step_read_through_stays_done_when_the_lesson_is_opened_again() {
        LessonState first = lessons.open(COURSE, LESSON);
        var readOpening = first.lesson().step("read-opening").orElseThrow();
        assertThat(first.isDone(readOpening)).isFalse();

        lessons.markRead(COURSE, LESSON, "read-opening");
        lessons.markRead(COURSE, LESSON, "read-opening");
        lessons.moveTo(COURSE, LESSON, "position-before");

        LessonState reopened = lessons.open(COURSE, LESSON);
        assertThat(reopened.isDone(readOpening)).as("read, and still read after moving back before it").isTrue();
        assertThat(reopened.readSteps()).containsExactly("read-opening");
    }

    @Test
    void only_a_read_step_can_be_marked_read() {
        lessons.open(COURSE, LESSON);

        assertThatThrownBy(() -> lessons.markRead(COURSE, LESSON, "respond-balance"))
                .isInstanceOf(UnknownLessonException.class);
        assertThat(lessons.open(COURSE, LESSON).readSteps()).isEmpty();
    }

    @Test
    void a_completed_lesson_is_done_and_shows_how_the_position_moved() {
        lessons.open(COURSE, LESSON);
        answers.submit(COURSE, LESSON + "/position-before", "They look alike from far away.", "4", AnswerSnapshot.NONE_SAVED);
        answers.submit(COURSE, LESSON + "/position-after", "The chronology does not fit.", "2", AnswerSnapshot.NONE_SAVED);
        lessons.complete(COURSE, LESSON);

        List<PositionShift> shifts = lessons.positionShifts(COURSE, LESSON);

        assertThat(lessons.lessons(COURSE).getFirst().status()).isEqualTo(LessonStatus.DONE);
        assertThat(shifts).singleElement().satisfies(shift -> {
            assertThat(shift.summary().english()).isEqualTo("You moved from “Agree” to “Disagree”.");
            assertThat(shift.beforeReason()).isEqualTo("They look alike from far away.");
            assertThat(shift.afterReason()).isEqualTo("The chronology does not fit.");
        });
    }

    @Test
    void a_student_never_sees_another_students_answers() {
        answers.saveDraft(COURSE, RESPOND, "my private thoughts", null, AnswerSnapshot.NONE_SAVED);

        accounts.signInNew("other", Role.STUDENT);

        assertThat(answers.answersInLesson(COURSE, LESSON)).isEmpty();
        assertThat(answers.history(COURSE, RESPOND)).isEmpty();
        assertThat(myWork.myWork(COURSE)).isEmpty();
        assertThat(myWork.myWorkMarkdown(COURSE, InterfaceLanguage.ENGLISH)).doesNotContain("my private thoughts");
    }

    @Test
    void an_answer_to_a_prompt_removed_from_the_course_stays_readable_in_my_work() {
        answers.saveDraft(COURSE, RESPOND, "still mine", null, AnswerSnapshot.NONE_SAVED);
        jdbc.update("update response set prompt_key = 'retired-lesson/old-step' where user_id = ?", student.id());

        List<WorkItem> work = myWork.myWork(COURSE);

        assertThat(work).singleElement().satisfies(item -> {
            assertThat(item.removed()).isTrue();
            assertThat(item.body()).isEqualTo("still mine");
            assertThat(item.prompt()).contains("retired-lesson/old-step");
        });
        assertThat(answers.saveDraft(COURSE, "retired-lesson/old-step", "edit", null, 0))
                .isInstanceOf(SaveOutcome.Refused.class);
    }

    @Test
    void my_work_downloads_as_markdown_with_every_answer() {
        answers.submit(COURSE, RESPOND, words(85), null, AnswerSnapshot.NONE_SAVED);
        answers.submit(COURSE, CHECK, "", "b", AnswerSnapshot.NONE_SAVED);

        String markdown = myWork.myWorkMarkdown(COURSE, InterfaceLanguage.ENGLISH);

        assertThat(markdown).startsWith("# My work: ").contains("## Three stages of domestic transition")
                .contains(words(85)).contains("Submitted").contains("content version ");
    }

    @Test
    void myWorkDownloadInChineseHasChineseHeadings() {
        answers.submit(COURSE, RESPOND, words(85), null, AnswerSnapshot.NONE_SAVED);

        String markdown = myWork.myWorkMarkdown(COURSE, InterfaceLanguage.CHINESE);

        assertThat(markdown).startsWith("# 我的作业：").contains("## Three stages of domestic transition")
                .contains("*已提交 · 最后保存于 ").contains("内容版本 ").contains(words(85))
                .doesNotContain("Submitted").doesNotContain("content version").doesNotContain("exported");
    }

    @Test
    void myWorkDownloadInRussianSaysThePositionAndTheRemovedQuestionInRussian() {
        answers.submit(COURSE, LESSON + "/position-before", "Because of paragraph 2.", "4", AnswerSnapshot.NONE_SAVED);
        answers.saveDraft(COURSE, RESPOND, "still mine", null, AnswerSnapshot.NONE_SAVED);
        jdbc.update("update response set prompt_key = 'retired-lesson/old-step' where user_id = ? and prompt_key = ?",
                student.id(), RESPOND);

        String markdown = myWork.myWorkMarkdown(COURSE, InterfaceLanguage.RUSSIAN);

        assertThat(markdown).startsWith("# Мои работы: ").contains("### Ваша позиция: ").contains("**Согласен**")
                .contains("## Удалено из курса").contains("### Вопрос, который с тех пор удалён из курса (retired-lesson/old-step)")
                .contains("*Черновик, не отправлен · ").contains("still mine")
                .doesNotContain("Your position").doesNotContain("**Agree**");
    }

    @Test
    void people_without_the_student_role_cannot_store_answers() {
        accounts.signInNew("instructor", Role.INSTRUCTOR);

        assertThatThrownBy(() -> answers.saveDraft(COURSE, RESPOND, "x", null, AnswerSnapshot.NONE_SAVED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> myWork.myWork(COURSE)).isInstanceOf(AccessDeniedException.class);
    }
}

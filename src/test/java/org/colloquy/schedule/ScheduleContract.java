package org.colloquy.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.SaveOutcome;
import org.colloquy.lesson.StudentLessonService;
import org.colloquy.lesson.UnknownLessonException;
import org.colloquy.review.export.CohortExportService;
import org.colloquy.review.export.ExportFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * What a class's schedule promises, run against H2 and against PostgreSQL (for migration V22 and the reminder's claim)
 * by the two subclasses.
 */
@RecordApplicationEvents
abstract class ScheduleContract {

    static final String COURSE = "sino-russian-relations";
    static final String LESSON = "three-stages";
    static final String RESPOND = LESSON + "/respond-balance";
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    ScheduleService schedules;
    @Autowired
    AnswerService answers;
    @Autowired
    StudentLessonService lessons;
    @Autowired
    CohortExportService exports;
    @Autowired
    DueSoonReminders reminders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    UserRef teacher;
    UserRef ana;
    UserRef ben;
    CohortRef cohort;

    @BeforeEach
    void aClassInBerlinWithTwoStudents() {
        teacher = accounts.signInNew("teacher", Role.INSTRUCTOR);
        cohort = cohorts.createCohort(COURSE, "Deadlines");
        schedules.setTimeZone(cohort.id(), "Europe/Berlin");
        ana = accounts.signInNew("ana", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        ben = accounts.signInNew("ben", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        accounts.signIn(teacher);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_student_who_submits_after_the_due_date_has_her_work_kept_and_marked_late() {
        schedules.setLessonDates(cohort.id(), LESSON, null, inBerlin(-2 * 60), null);

        accounts.signIn(ana);
        assertThat(answers.submit(COURSE, RESPOND, words(90), null, AnswerSnapshot.NONE_SAVED))
                .isInstanceOf(SaveOutcome.Saved.class);
        assertThat(answers.mySubmitted(COURSE, RESPOND)).isPresent();

        accounts.signIn(teacher);
        assertThat(schedules.lateness(cohort.id())).filteredOn(one -> one.lessonKey().equals(LESSON))
                .extracting(Lateness::studentId, Lateness::kind)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ana.id(), Lateness.Kind.LATE),
                        org.assertj.core.groups.Tuple.tuple(ben.id(), Lateness.Kind.MISSING));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exports.write(cohort.id(), ExportFormat.CSV, csv);
        List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).endsWith(",feedback released,due at,late,live session started at");
        assertThat(lines).filteredOn(line -> line.contains(RESPOND)).singleElement()
                .satisfies(line -> assertThat(line).endsWith(",true,").contains(
                        schedules.datesOfClass(cohort.id()).get(ana.id()).get(LESSON).dueAt().toString()));
    }

    @Test
    void a_closed_lesson_refuses_her_submission_and_keeps_her_draft() {
        schedules.setLessonDates(cohort.id(), LESSON, null, inBerlin(-3 * 60), inBerlin(-60));

        accounts.signIn(ana);
        SaveOutcome draft = answers.saveDraft(COURSE, RESPOND, "My unfinished draft", null, AnswerSnapshot.NONE_SAVED);
        assertThat(draft).isInstanceOf(SaveOutcome.Saved.class);
        SaveOutcome submitted = answers.submit(COURSE, RESPOND, words(90), null,
                ((SaveOutcome.Saved) draft).revision());

        assertThat(submitted).isInstanceOfSatisfying(SaveOutcome.Refused.class, refused ->
                assertThat(refused.message()).contains("closed").contains("draft is kept"));
        AnswerSnapshot kept = answers.answersInLesson(COURSE, LESSON).get("respond-balance");
        assertThat(kept.body()).isEqualTo("My unfinished draft");
        assertThat(kept.isSubmitted()).isFalse();
        assertThat(answers.mySubmitted(COURSE, RESPOND)).isEmpty();
    }

    @Test
    void an_extension_gives_one_student_a_later_due_date_and_close() {
        schedules.setLessonDates(cohort.id(), LESSON, null, inBerlin(-3 * 60), inBerlin(-60));
        schedules.extend(cohort.id(), LESSON, ben.id(), inBerlin(2 * 24 * 60), null);

        accounts.signIn(ben);
        DueDates his = schedules.myDates(COURSE).get(LESSON);
        assertThat(his.extended()).isTrue();
        assertThat(his.isClosed(Instant.now())).isFalse();
        assertThat(answers.submit(COURSE, RESPOND, words(90), null, AnswerSnapshot.NONE_SAVED))
                .isInstanceOf(SaveOutcome.Saved.class);

        accounts.signIn(ana);
        DueDates hers = schedules.myDates(COURSE).get(LESSON);
        assertThat(hers.extended()).isFalse();
        assertThat(hers.dueAt()).isBefore(his.dueAt());
        assertThat(answers.submit(COURSE, RESPOND, words(90), null, AnswerSnapshot.NONE_SAVED))
                .isInstanceOf(SaveOutcome.Refused.class);

        accounts.signIn(teacher);
        assertThat(schedules.lateness(cohort.id())).filteredOn(one -> one.studentId() == ben.id())
                .extracting(Lateness::kind).containsExactly(Lateness.Kind.NOT_DUE_YET);
        assertThat(schedules.classSchedule(cohort.id()).extensions()).singleElement()
                .satisfies(extension -> assertThat(extension.studentName()).isEqualTo(ben.displayName()));
    }

    @Test
    void a_due_date_before_the_opening_is_refused_at_the_due_field_and_a_close_before_due_at_the_close() {
        assertThatThrownBy(() -> schedules.setLessonDates(cohort.id(), LESSON, inBerlin(2 * 24 * 60),
                inBerlin(24 * 60), null))
                .isInstanceOfSatisfying(ScheduleRefusal.class, refused -> {
                    assertThat(refused.field()).isEqualTo(ScheduleField.DUE);
                    assertThat(refused.getMessage()).contains("before the lesson opens");
                });
        assertThatThrownBy(() -> schedules.setLessonDates(cohort.id(), LESSON, null, inBerlin(24 * 60),
                inBerlin(60)))
                .isInstanceOfSatisfying(ScheduleRefusal.class,
                        refused -> assertThat(refused.field()).isEqualTo(ScheduleField.CLOSES));
        assertThat(schedules.classSchedule(cohort.id()).lessons()).filteredOn(l -> l.lessonKey().equals(LESSON))
                .singleElement().satisfies(lesson -> assertThat(lesson.due()).isNull());
    }

    @Test
    void an_extension_no_later_than_the_class_due_date_is_refused() {
        schedules.setLessonDates(cohort.id(), LESSON, null, inBerlin(24 * 60), null);

        assertThatThrownBy(() -> schedules.extend(cohort.id(), LESSON, ben.id(), inBerlin(60), null))
                .isInstanceOfSatisfying(ScheduleRefusal.class,
                        refused -> assertThat(refused.field()).isEqualTo(ScheduleField.DUE));
        assertThatThrownBy(() -> schedules.extend(cohort.id(), LESSON, teacher.id(), inBerlin(48 * 60), null))
                .isInstanceOfSatisfying(ScheduleRefusal.class,
                        refused -> assertThat(refused.field()).isEqualTo(ScheduleField.STUDENT));
    }

    @Test
    void a_lesson_before_its_opening_cannot_be_started_or_submitted() {
        schedules.setLessonDates(cohort.id(), LESSON, inBerlin(24 * 60), inBerlin(3 * 24 * 60), null);

        accounts.signIn(ana);
        assertThatThrownBy(() -> lessons.open(COURSE, LESSON)).isInstanceOf(UnknownLessonException.class)
                .hasMessageContaining("not opened yet");
        assertThat(answers.submit(COURSE, RESPOND, words(90), null, AnswerSnapshot.NONE_SAVED))
                .isInstanceOf(SaveOutcome.Refused.class);
        assertThat(lessons.lessons(COURSE)).isNotEmpty();
    }

    @Test
    void changing_the_class_zone_keeps_the_clock_time_the_instructor_typed() {
        LocalDateTime due = LocalDateTime.of(2027, 1, 15, 17, 0);
        schedules.setLessonDates(cohort.id(), LESSON, null, due, null);

        schedules.setTimeZone(cohort.id(), "Asia/Shanghai");

        assertThat(schedules.classSchedule(cohort.id()).lessons()).filteredOn(l -> l.lessonKey().equals(LESSON))
                .singleElement().satisfies(lesson -> assertThat(lesson.due()).isEqualTo(due));
        assertThat(schedules.datesOfClass(cohort.id()).get(ana.id()).get(LESSON).dueAt())
                .isEqualTo(due.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        assertThatThrownBy(() -> schedules.setTimeZone(cohort.id(), "Mars/Olympus"))
                .isInstanceOfSatisfying(ScheduleRefusal.class,
                        refused -> assertThat(refused.field()).isEqualTo(ScheduleField.TIME_ZONE));
    }

    @Test
    void the_reminder_is_published_once_per_student_and_not_for_a_finished_lesson() {
        schedules.setLessonDates(cohort.id(), LESSON, null, inBerlin(12 * 60), null);
        accounts.signIn(ana);
        lessons.open(COURSE, LESSON);
        lessons.complete(COURSE, LESSON);
        accounts.signOut();
        Instant now = Instant.now();

        reminders.remind(now);
        reminders.remind(now.plus(1, ChronoUnit.HOURS));

        assertThat(reminded()).singleElement().satisfies(reminder -> {
            assertThat(reminder.studentId()).isEqualTo(ben.id());
            assertThat(reminder.courseKey()).isEqualTo(COURSE);
            assertThat(reminder.lessonTitle()).isNotBlank();
            assertThat(reminder.timeZone()).isEqualTo("Europe/Berlin");
        });
    }

    @Test
    void a_student_with_an_extension_is_reminded_a_day_before_her_own_due_time() {
        schedules.setLessonDates(cohort.id(), LESSON, null, inBerlin(12 * 60), null);
        schedules.extend(cohort.id(), LESSON, ben.id(), inBerlin(3 * 24 * 60), null);
        accounts.signOut();
        Instant now = Instant.now();

        reminders.remind(now);
        assertThat(reminded()).extracting(LessonDueSoon::studentId).containsExactly(ana.id());

        reminders.remind(now.plus(2, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS));
        assertThat(reminded()).extracting(LessonDueSoon::studentId).containsExactlyInAnyOrder(ana.id(), ben.id());
    }

    @Test
    void a_reminder_another_node_claimed_first_is_not_published_again() {
        schedules.setLessonDates(cohort.id(), LESSON, null, inBerlin(12 * 60), null);
        jdbc.update("insert into schedule_reminder (cohort_id, lesson_key, student_id, due_at, sent_at) "
                + "values (?, ?, ?, ?, ?)", cohort.id(), LESSON, ana.id(), java.sql.Timestamp.from(Instant.now()),
                java.sql.Timestamp.from(Instant.now()));
        accounts.signOut();

        reminders.remind(Instant.now());

        assertThat(reminded()).extracting(LessonDueSoon::studentId).containsExactly(ben.id());
    }

    @Test
    void two_nodes_reminding_at_once_publish_each_reminder_once() throws Exception {
        schedules.setLessonDates(cohort.id(), LESSON, null, inBerlin(12 * 60), null);
        accounts.signOut();
        Instant now = Instant.now();
        long before = sentRows();

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> reminders.remind(now));
            var second = pool.submit(() -> reminders.remind(now));
            int published = first.get() + second.get();

            assertThat(published).isEqualTo(sentRows() - before);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from schedule_reminder where cohort_id = ?", Long.class,
                cohort.id())).isEqualTo(2);
    }

    @Test
    void a_student_in_two_classes_with_the_lesson_due_at_the_same_time_gets_one_reminder_naming_both() {
        CohortRef second = secondClassOfAna();
        schedules.setLessonDates(cohort.id(), LESSON, null, inBerlin(12 * 60), null);
        schedules.setLessonDates(second.id(), LESSON, null, inBerlin(12 * 60), null);
        accounts.signOut();
        Instant now = Instant.now();

        reminders.remind(now);
        reminders.remind(now.plus(1, ChronoUnit.HOURS));

        assertThat(remindedOf(ana)).singleElement().satisfies(reminder -> {
            assertThat(reminder.classNames()).containsExactly("Deadlines", "Deadlines, second group");
            assertThat(reminder.dueAt()).isEqualTo(inBerlin(12 * 60).atZone(BERLIN).toInstant());
        });
        assertThat(jdbc.queryForObject("select count(*) from schedule_reminder where student_id = ?", Long.class,
                ana.id())).as("each class's reminder is claimed").isEqualTo(2);
    }

    @Test
    void a_student_in_two_classes_with_different_due_times_gets_a_reminder_for_each_naming_its_class() {
        CohortRef second = secondClassOfAna();
        schedules.setLessonDates(cohort.id(), LESSON, null, inBerlin(12 * 60), null);
        schedules.setLessonDates(second.id(), LESSON, null, inBerlin(20 * 60), null);
        accounts.signOut();

        reminders.remind(Instant.now());

        assertThat(remindedOf(ana)).extracting(LessonDueSoon::classNames, LessonDueSoon::dueAt)
                .containsExactlyInAnyOrder(
                        tuple(List.of("Deadlines"), inBerlin(12 * 60).atZone(BERLIN).toInstant()),
                        tuple(List.of("Deadlines, second group"), inBerlin(20 * 60).atZone(BERLIN).toInstant()));
    }

    /** Ana also joins a second class of the same teacher and course, in Berlin too. */
    private CohortRef secondClassOfAna() {
        CohortRef second = cohorts.createCohort(COURSE, "Deadlines, second group");
        schedules.setTimeZone(second.id(), "Europe/Berlin");
        accounts.signIn(ana);
        cohorts.join(second.joinCode());
        accounts.signIn(teacher);
        return second;
    }

    private List<LessonDueSoon> remindedOf(UserRef student) {
        return events.stream(LessonDueSoon.class).filter(reminder -> reminder.studentId() == student.id()).toList();
    }

    private long sentRows() {
        return jdbc.queryForObject("select count(*) from schedule_reminder", Long.class);
    }

    @Test
    void nobody_signed_in_may_ask_for_a_class_list_or_finished_lessons_as_the_system() {
        assertThatThrownBy(() -> cohorts.studentIdsForTheSystem(cohort.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        accounts.signIn(ana);
        assertThat(schedules.myDates(COURSE)).isEmpty();
    }

    private List<LessonDueSoon> reminded() {
        return events.stream(LessonDueSoon.class).filter(reminder -> reminder.cohortId() == cohort.id()).toList();
    }

    /** A wall-clock time in the class's zone, minutes from now. */
    static LocalDateTime inBerlin(long minutes) {
        return LocalDateTime.now(BERLIN).plusMinutes(minutes).truncatedTo(ChronoUnit.MINUTES);
    }

    static String words(int count) {
        return String.join(" ", Collections.nCopies(count, "word"));
    }
}

package org.colloquy.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.schedule.ScheduleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A student sees her due dates on the course home and in the lesson, in her language. */
@IntegrationTest
@ViewPackages(classes = {CourseView.class, LessonView.class})
class DueLabelsOnLessonsTest extends SpringBrowserlessTest {

    private static final String COURSE = "sino-russian-relations";
    private static final String LESSON = "three-stages";
    private static final String SECOND = "international-milieu";

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    ScheduleService schedules;

    private UserRef teacher;
    private UserRef student;
    private CohortRef cohort;

    @BeforeEach
    void aClassInUtcWithAStudent() {
        teacher = accounts.signInNew("teacher", Role.INSTRUCTOR);
        cohort = cohorts.createCohort(COURSE, "Due class");
        schedules.setTimeZone(cohort.id(), "UTC");
        student = accounts.signInNew("student", Role.STUDENT);
        cohorts.join(cohort.joinCode());
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void the_course_home_says_in_how_many_days_a_lesson_is_due_and_when_one_opens() {
        dates(LESSON, null, LocalDate.now(ZoneOffset.UTC).plusDays(3).atTime(LocalTime.NOON), null);
        dates(SECOND, LocalDateTime.now(ZoneOffset.UTC).plusDays(2), null, null);

        navigate("course/" + COURSE, CourseView.class);

        assertThat(label(LESSON)).isEqualTo("Due in 3 days");
        assertThat(label(SECOND)).startsWith("Opens ");
        assertThat(find(Anchor.class).all()).noneMatch(link -> link.getHref().endsWith("/lesson/" + SECOND));
        assertThat(find(Anchor.class).all()).anyMatch(link -> link.getHref().endsWith("/lesson/" + LESSON));
    }

    @Test
    void in_russian_the_days_are_counted_in_russian() {
        dates(LESSON, null, LocalDate.now(ZoneOffset.UTC).plusDays(3).atTime(LocalTime.NOON), null);
        UI.getCurrent().setLocale(Locale.of("ru"));

        navigate("course/" + COURSE, CourseView.class);

        assertThat(label(LESSON)).isEqualTo("Сдать через 3 дня");
    }

    @Test
    void a_lesson_past_its_due_date_says_late_and_that_she_can_still_submit() {
        dates(LESSON, null, LocalDateTime.now(ZoneOffset.UTC).minusHours(2), null);

        navigate("course/" + COURSE + "/lesson/" + LESSON, LessonView.class);

        assertThat(find(Span.class).withClassName("due-label").single().getText()).startsWith("Late · was due");
        assertThat(find(Paragraph.class).withClassName("due-notice").single().getText())
                .contains("You can still submit: your work will be marked late.");
    }

    @Test
    void a_closed_lesson_says_why_she_cannot_submit_and_that_her_drafts_are_kept() {
        dates(LESSON, null, LocalDateTime.now(ZoneOffset.UTC).minusHours(3),
                LocalDateTime.now(ZoneOffset.UTC).minusHours(1));

        navigate("course/" + COURSE + "/lesson/" + LESSON, LessonView.class);

        assertThat(find(Paragraph.class).withClassName("due-notice").single().getText())
                .startsWith("This lesson closed").contains("your drafts are kept");
    }

    @Test
    void a_lesson_before_its_opening_says_when_it_opens_and_shows_no_steps() {
        dates(LESSON, LocalDateTime.now(ZoneOffset.UTC).plusDays(1), null, null);

        navigate("course/" + COURSE + "/lesson/" + LESSON, LessonView.class);

        assertThat(find(Paragraph.class).withClassName("due-notice").single().getText())
                .startsWith("This lesson opens");
        assertThat(find(com.vaadin.flow.component.html.Div.class).withClassName("lesson-layout").all())
                .as("no visible steps").isEmpty();
    }

    private void dates(String lessonKey, LocalDateTime opens, LocalDateTime due, LocalDateTime closes) {
        accounts.signIn(teacher);
        schedules.setLessonDates(cohort.id(), lessonKey, opens, due, closes);
        accounts.signIn(student);
    }

    private String label(String lessonKey) {
        ListItem item = find(ListItem.class).id("lesson-" + lessonKey);
        return item.getChildren().filter(Span.class::isInstance).map(Span.class::cast)
                .filter(span -> span.hasClassName("due-label")).findFirst().orElseThrow().getText();
    }
}

package org.colloquy.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Location;
import java.time.LocalDateTime;
import java.util.Locale;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.schedule.ClassSchedule;
import org.colloquy.schedule.ScheduleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The class page's Schedule tab: dates set by the class's instructor, refusals at the field, extensions. */
@IntegrationTest
@ViewPackages(classes = CohortView.class)
class ScheduleTabTest extends SpringBrowserlessTest {

    private static final String LESSON = "three-stages";

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    ScheduleService schedules;

    private CohortRef cohort;
    private UserRef ana;

    @BeforeEach
    void aClassWithAStudent() {
        UserRef teacher = accounts.signInNew("teacher", Role.INSTRUCTOR);
        cohort = cohorts.createCohort("sino-russian-relations", "Scheduled class");
        ana = accounts.signInNew("Ana", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        accounts.signIn(teacher);
        open(ReviewPages.cohort(cohort.id(), CohortTab.SCHEDULE));
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void the_instructor_sets_when_a_lesson_opens_and_is_due_and_is_told_it_is_saved() {
        LocalDateTime opens = LocalDateTime.of(2027, 3, 1, 9, 0);
        LocalDateTime due = LocalDateTime.of(2027, 3, 8, 17, 0);
        picker("opens-" + LESSON).setValue(opens);
        picker("due-" + LESSON).setValue(due);

        test(find(Button.class).id("save-dates-" + LESSON)).click();

        assertThat(statusTexts()).anySatisfy(text -> assertThat(text).startsWith("Dates of “").endsWith("saved."));
        ClassSchedule.LessonSchedule saved = schedules.classSchedule(cohort.id()).lessons().stream()
                .filter(lesson -> lesson.lessonKey().equals(LESSON)).findFirst().orElseThrow();
        assertThat(saved.opens()).isEqualTo(opens);
        assertThat(saved.due()).isEqualTo(due);
    }

    @Test
    void a_due_date_before_the_opening_is_refused_at_the_due_field_and_the_typed_dates_stay() {
        LocalDateTime opens = LocalDateTime.of(2027, 3, 8, 9, 0);
        LocalDateTime due = LocalDateTime.of(2027, 3, 1, 17, 0);
        picker("opens-" + LESSON).setValue(opens);
        picker("due-" + LESSON).setValue(due);

        test(find(Button.class).id("save-dates-" + LESSON)).click();

        DateTimePicker dueField = picker("due-" + LESSON);
        assertThat(dueField.isInvalid()).isTrue();
        assertThat(dueField.getErrorMessage()).contains("before the lesson opens");
        assertThat(dueField.getValue()).isEqualTo(due);
        assertThat(picker("opens-" + LESSON).isInvalid()).isFalse();
    }

    @Test
    void the_instructor_gives_one_student_an_extension_and_sees_it_listed() {
        schedules.setLessonDates(cohort.id(), LESSON, null, LocalDateTime.of(2027, 3, 8, 17, 0), null);
        open(ReviewPages.cohort(cohort.id(), CohortTab.SCHEDULE));

        @SuppressWarnings("unchecked")
        Select<ClassSchedule.Student> student = find(Select.class).id("extension-student");
        student.setValue(student.getListDataView().getItems().filter(s -> s.id() == ana.id()).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Select<ClassSchedule.LessonSchedule> lesson = find(Select.class).id("extension-lesson");
        lesson.setValue(lesson.getListDataView().getItems().filter(l -> l.lessonKey().equals(LESSON)).findFirst()
                .orElseThrow());
        picker("extension-due").setValue(LocalDateTime.of(2027, 3, 10, 17, 0));
        test(find(Button.class).id("give-extension")).click();

        assertThat(statusTexts()).anySatisfy(text -> assertThat(text).startsWith("Extension for Ana"));
        assertThat(schedules.classSchedule(cohort.id()).extensions()).singleElement()
                .satisfies(extension -> assertThat(extension.due()).isEqualTo(LocalDateTime.of(2027, 3, 10, 17, 0)));
    }

    @Test
    void on_a_chinese_page_the_calendar_speaks_chinese_and_takes_dates_as_year_month_day() {
        DatePicker.DatePickerI18n calendar = calendarIn(Locale.SIMPLIFIED_CHINESE);

        assertThat(calendar.getMonthNames()).startsWith("一月", "二月").endsWith("十二月");
        assertThat(calendar.getWeekdaysShort()).startsWith("周日", "周一");
        assertThat(calendar.getDateFormats()).containsExactly("yyyy/M/d");
        assertThat(calendar.getToday()).isEqualTo("今天");
        assertThat(calendar.getCancel()).isEqualTo("取消");
        assertThat(picker("due-" + LESSON).getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void on_a_russian_page_the_calendar_speaks_russian_starts_on_monday_and_takes_day_month_year() {
        DatePicker.DatePickerI18n calendar = calendarIn(Locale.of("ru", "RU"));

        assertThat(calendar.getMonthNames()).startsWith("Январь", "Февраль").endsWith("Декабрь");
        assertThat(calendar.getWeekdays()).startsWith("Воскресенье", "Понедельник");
        assertThat(calendar.getWeekdaysShort()).startsWith("Вс", "Пн");
        assertThat(calendar.getFirstDayOfWeek()).as("Monday").isEqualTo(1);
        assertThat(calendar.getDateFormats()).containsExactly("dd.MM.yyyy");
        assertThat(calendar.getToday()).isEqualTo("Сегодня");
        assertThat(calendar.getCancel()).isEqualTo("Отмена");
    }

    /** The due date's calendar of the Schedule tab opened on a page in that language. */
    private DatePicker.DatePickerI18n calendarIn(Locale locale) {
        UI.getCurrent().setLocale(locale);
        try {
            open(ReviewPages.cohort(cohort.id(), CohortTab.SCHEDULE));
            return java.util.Objects.requireNonNull(picker("due-" + LESSON).getDatePickerI18n());
        } finally {
            UI.getCurrent().setLocale(Locale.ENGLISH);
        }
    }

    private DateTimePicker picker(String id) {
        return find(DateTimePicker.class).id(id);
    }

    private java.util.List<String> statusTexts() {
        return find(Paragraph.class).withClassName("schedule-status").all().stream().map(Paragraph::getText).toList();
    }

    private void open(String address) {
        Location location = new Location(address);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
        assertThat(getCurrentView()).isInstanceOf(CohortView.class);
    }
}

package org.colloquy.gradebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.colloquy.IntegrationTest;
import org.colloquy.base.ui.PageNotFound;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.gradebook.GradebookRow;
import org.colloquy.gradebook.LessonColumn;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.StudentLessonService;
import org.colloquy.schedule.ScheduleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(classes = {GradebookView.class, PageNotFound.class})
class GradebookViewTest extends SpringBrowserlessTest {

    private static final String COURSE = "sino-russian-relations";

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AnswerService answers;
    @Autowired
    StudentLessonService lessons;
    @Autowired
    ScheduleService schedules;
    @Autowired
    Clock clock;

    UserRef instructor;
    CohortRef cohort;

    @BeforeEach
    void aClassOfThree() {
        instructor = accounts.signInNew("instructor", Role.INSTRUCTOR);
        cohort = cohorts.createCohort(COURSE, "Gradebook class");
        for (String name : List.of("Ada", "Bo", "Cy")) {
            accounts.signIn(accounts.create(name.toLowerCase(), name + " Student", Role.STUDENT));
            cohorts.join(cohort.joinCode());
            lessons.open(COURSE, "three-stages");
            answers.submit(COURSE, "three-stages/check-second-stage", "", name.equals("Bo") ? "a" : "b",
                    AnswerSnapshot.NONE_SAVED);
        }
        accounts.signIn(instructor);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void the_instructor_reads_one_row_per_student_with_every_lessons_points_and_the_class_total() {
        open();

        Grid<GradebookRow> grid = grid();
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat(test(grid).getHeaderCell(0)).isEqualTo("Student");
        assertThat(grid.getColumns()).hasSize(1 + 9 + 1 + 1);
        assertThat(cells(0)).containsExactly("Ada Student", "Bo Student", "Cy Student");
        int lessonOne = test(grid).getColumnPosition("lesson-1");
        assertThat(cells(lessonOne)).containsExactly("1 / 6", "0 / 6", "1 / 6");
        assertThat(cells(test(grid).getColumnPosition("lesson-2"))).containsOnly("–");
        assertThat(cells(test(grid).getColumnPosition("total"))).containsExactly("1 / 61 (2%)", "0 / 61 (0%)",
                "1 / 61 (2%)");
        assertThat(find(Paragraph.class).id("gradebook-class-total").getText())
                .isEqualTo("Class total: 2 / 183 (1%), over 3 students.");
        assertThat(find(Anchor.class).id("gradebook-download-moodle").getText()).isEqualTo("Download for Moodle (CSV)");
        assertThat(find(Anchor.class).id("gradebook-download-canvas").getText()).isEqualTo("Download for Canvas (CSV)");
    }

    @Test
    void work_handed_in_after_the_due_date_is_marked_late_and_counted_per_student() {
        schedules.setLessonDates(cohort.id(), "three-stages", null, LocalDateTime.now(clock).minusDays(2), null);
        open();

        Grid<GradebookRow> grid = grid();
        assertThat(cells(test(grid).getColumnPosition("lesson-1"))).containsExactly("1 / 6 · late", "0 / 6 · late",
                "1 / 6 · late");
        assertThat(cells(test(grid).getColumnPosition("lesson-2"))).containsOnly("–");
        assertThat(cells(test(grid).getColumnPosition("late-work"))).containsOnly("1 lesson");
        assertThat(find(Anchor.class).id("gradebook-download-late-work").getText())
                .isEqualTo("Download late work (CSV)");

        @SuppressWarnings("unchecked")
        Select<Optional<LessonColumn>> lesson = find(Select.class).id("gradebook-lesson");
        lesson.setValue(lesson.getListDataView().getItem(1));
        assertThat(cells(test(grid()).getColumnPosition("late"))).containsOnly("late");
    }

    @Test
    void nothing_is_marked_late_without_a_due_date() {
        open();

        assertThat(cells(test(grid()).getColumnPosition("late-work"))).containsOnly("");
        assertThat(cells(test(grid()).getColumnPosition("lesson-1"))).noneMatch(cell -> cell.contains("late"));
    }

    @Test
    void sorting_by_a_lessons_points_puts_the_best_first() {
        open();
        Grid<GradebookRow> grid = grid();
        Grid.Column<GradebookRow> lessonOne = grid.getColumnByKey("lesson-1");

        grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(lessonOne,
                com.vaadin.flow.data.provider.SortDirection.DESCENDING)));

        assertThat(cells(0).getLast()).isEqualTo("Bo Student");
    }

    @Test
    void searching_a_name_and_choosing_a_lesson_narrow_the_gradebook() {
        open();

        test(find(TextField.class).id("gradebook-search")).setValue("bo");
        assertThat(cells(0)).containsExactly("Bo Student");

        @SuppressWarnings("unchecked")
        Select<Optional<LessonColumn>> lesson = find(Select.class).id("gradebook-lesson");
        lesson.setValue(lesson.getListDataView().getItem(1));
        assertThat(grid().getColumns()).extracting(column -> test(grid()).getHeaderCell(grid().getColumns()
                        .indexOf(column)))
                .containsExactly("Student", "Completion", "Checks right", "Rubric", "Live session", "Late", "Points");
        assertThat(cells(1)).containsExactly("In progress");
        assertThat(cells(2)).containsExactly("0 / 2");
        assertThat(cells(3)).containsExactly("not graded");
    }

    @Test
    void the_anonymous_switch_hides_every_name_and_turns_the_name_search_off() {
        open();
        test(find(TextField.class).id("gradebook-search")).setValue("bo");

        test(find(Checkbox.class).id("gradebook-anonymous")).click();

        assertThat(cells(0)).hasSize(3).allMatch(name -> name.matches("Student \\d"));
        assertThat(find(TextField.class).id("gradebook-search").isEnabled()).isFalse();
        assertThat(grid().getElement().getOuterHTML()).doesNotContain("Ada").doesNotContain("Bo Student");
    }

    @Test
    void an_instructor_who_does_not_teach_the_class_finds_no_gradebook() {
        accounts.signInNew("stranger", Role.INSTRUCTOR);

        navigate("classes/" + cohort.id() + "/gradebook", PageNotFound.class);

        assertThat(find(Paragraph.class).id("not-found-reason").getText())
                .isEqualTo("No class " + cohort.id() + " among the classes you teach.");
    }

    private void open() {
        navigate(GradebookPages.gradebook(cohort.id()), GradebookView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<GradebookRow> grid() {
        return find(Grid.class).id("gradebook");
    }

    private List<String> cells(int column) {
        Grid<GradebookRow> grid = grid();
        return IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getCellText(row, column)).toList();
    }
}

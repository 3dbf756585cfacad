package org.colloquy.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.colloquy.cohort.CohortRef;
import org.colloquy.identity.Role;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.LessonStatus;
import org.junit.jupiter.api.Test;

/** The two downloads are shaped as Moodle's and Canvas's gradebook imports read them, and are safe to open. */
class GradebookCsvTest {

    private static final LessonColumn ONE = new LessonColumn(1, "three-stages", "Three stages", 2, 4);
    private static final LessonColumn TWO = new LessonColumn(2, "milieu", "@Milieu, and order", 2, 4);

    private static final UserRef ANA = new UserRef(1, "ana", "Ana Ortiz", Set.of(Role.STUDENT));
    private static final UserRef MALLORY = new UserRef(2, "mallory", "=HYPERLINK(\"http://x\")", Set.of(Role.STUDENT));

    private static final Gradebook GRADEBOOK = new Gradebook(new CohortRef(7, "course", "Class A", "ABC123", 2),
            "Course", List.of(ONE, TWO), List.of(
            new GradebookRow(ANA, List.of(
                    new LessonCell(ONE, LessonStatus.DONE, 1, 3, 3, false, 0, false),
                    new LessonCell(TWO, LessonStatus.IN_PROGRESS, 1, 3, 0, true, 1, true))),
            new GradebookRow(MALLORY, List.of(
                    new LessonCell(ONE, LessonStatus.IN_PROGRESS, 2, null, 0, false, 0, false),
                    new LessonCell(TWO, LessonStatus.NOT_STARTED, 0, null, 0, false, 0, false)))));

    @Test
    void moodle_gets_a_username_to_identify_each_student_one_column_per_lesson_and_her_late_lessons_last() {
        assertThat(csv(GradebookFormat.MOODLE)).isEqualTo(
                "Full name,Username,Lesson 1: Three stages,\"Lesson 2: @Milieu, and order\",Late work\r\n"
                        + "Ana Ortiz,ana,4,1,Lesson 2\r\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\")\",mallory,2,,\r\n");
    }

    @Test
    void the_late_work_download_marks_each_late_lesson_and_counts_them_per_student() {
        assertThat(csv(GradebookFormat.LATE_WORK)).isEqualTo(
                "Student,Username,Lesson 1: Three stages,\"Lesson 2: @Milieu, and order\",Late work\r\n"
                        + "Ana Ortiz,ana,,late,1\r\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\")\",mallory,,,0\r\n");
        assertThat(GRADEBOOK.rows().getFirst().lateCount()).isEqualTo(1);
    }

    @Test
    void canvas_gets_its_five_student_columns_a_points_possible_row_and_one_column_per_lesson_and_no_late_column() {
        assertThat(csv(GradebookFormat.CANVAS)).isEqualTo(
                "Student,ID,SIS User ID,SIS Login ID,Section,Lesson 1: Three stages,\"Lesson 2: @Milieu, and order\"\r\n"
                        + "Points Possible,,,,,6,6\r\n"
                        + "Ana Ortiz,,,ana,Class A,4,1\r\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\")\",,,mallory,Class A,2,\r\n");
    }

    @Test
    void a_name_a_spreadsheet_would_run_as_a_formula_is_written_as_text() {
        assertThat(csv(GradebookFormat.MOODLE)).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK")
                .doesNotStartWith("=");
    }

    @Test
    void drafted_rubric_points_stay_out_of_the_downloads_but_count_on_the_page() {
        GradebookRow ana = GRADEBOOK.rows().getFirst();

        assertThat(ana.lesson("milieu").points()).isEqualTo(new Score(4, 6));
        assertThat(ana.lesson("milieu").releasedPoints()).isEqualTo(new Score(1, 6));
        assertThat(ana.total()).isEqualTo(new Score(8, 12));
        assertThat(ana.releasedTotal()).isEqualTo(new Score(5, 12));
        assertThat(GRADEBOOK.classTotal()).isEqualTo(new Score(10, 24));
        assertThat(GRADEBOOK.classTotal().percent()).isEqualTo(42);
    }

    private static String csv(GradebookFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GradebookCsv.write(GRADEBOOK, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}

package org.colloquy.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.colloquy.IntegrationTest;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.lesson.StudentLessonService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(classes = CourseView.class)
class CourseViewTest extends SpringBrowserlessTest {

    private static final String COURSE = "sino-russian-relations";

    @Autowired
    TestAccounts accounts;
    @Autowired
    StudentLessonService lessons;

    @BeforeEach
    void signInAsANewStudent() {
        accounts.signInNew("student", Role.STUDENT);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_new_student_sees_every_lesson_not_started() {
        navigate("course/" + COURSE, CourseView.class);

        assertThat(find(ListItem.class).withClassName("lesson-item").all()).hasSize(9);
        assertThat(statuses()).containsOnly("Not started");
    }

    @Test
    void lessons_show_in_progress_and_done_as_the_student_works() {
        lessons.open(COURSE, "three-stages");
        lessons.complete(COURSE, "three-stages");
        lessons.open(COURSE, "international-milieu");

        navigate("course/" + COURSE, CourseView.class);

        assertThat(statuses()).startsWith("Done", "In progress", "Not started");
    }

    private List<String> statuses() {
        return find(Span.class).withClassName("status").all().stream().map(Span::getText).toList();
    }
}

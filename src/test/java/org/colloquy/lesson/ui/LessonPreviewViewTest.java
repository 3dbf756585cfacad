package org.colloquy.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.colloquy.IntegrationTest;
import org.colloquy.base.ui.PlainText;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
@ViewPackages(classes = {LessonView.class, CourseView.class})
class LessonPreviewViewTest extends SpringBrowserlessTest {

    private static final String COURSE = "sino-russian-relations";
    private static final String LESSON_ROUTE = "course/" + COURSE + "/lesson/three-stages";

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void an_instructor_opens_the_course_home_as_a_preview_with_every_lesson_and_no_progress_of_her_own() {
        accounts.signInNew("instructor", Role.INSTRUCTOR, Role.SEMINAR_LEADER);

        navigate("course/" + COURSE, CourseView.class);

        assertThat(find(Div.class).id("preview-banner").getElement().getTextRecursively())
                .startsWith("Preview — nothing you type is saved.");
        assertThat(find(Anchor.class).withText("Preview").all()).hasSizeGreaterThanOrEqualTo(9)
                .first().satisfies(link -> assertThat(link.getHref()).isEqualTo(LESSON_ROUTE));
        assertThat(find(Span.class).withClassName("status").exists()).isFalse();
        assertThat(find(Anchor.class).withText("My work").exists()).isFalse();
    }

    @Test
    void an_instructor_goes_through_every_step_of_a_lesson_as_a_student_would_and_nothing_is_stored() {
        accounts.signInNew("instructor", Role.INSTRUCTOR);
        int rowsBefore = rowsOfStudentWork();
        navigate(LESSON_ROUTE, LessonView.class);
        assertThat(find(Div.class).withId("preview-banner").exists()).isTrue();

        LessonSteps.pick("Position");
        test(find(RadioButtonGroup.class).withClassName("position-scale").single()).selectItem("Agree");
        test(find(TextField.class).withLabel("Your reason, in one sentence").single()).setValue("They look alike.");
        test(find(Button.class).withText("Save my position").single()).click();
        assertThat(find(Paragraph.class).withClassName("submission-state").single().getText())
                .isEqualTo("You chose “Agree”. In a preview your position is not saved.");

        LessonSteps.pick("Check");
        RadioButtonGroup<?> options = find(RadioButtonGroup.class).withClassName("check-options").single();
        test(options).selectItem(firstOptionLabel(options));
        test(find(Button.class).withText("Check my answer").single()).click();
        assertThat(find(Div.class).withClassName("check-feedback").single().getElement().getTextRecursively())
                .isNotBlank();

        LessonSteps.pick("Respond");
        TextArea answer = find(TextArea.class).id("answer-text");
        assertThat(PlainText.of(find(Span.class).withClassName("submission-state").single()))
                .isEqualTo("In a preview, submitting shows the checks a student's answer must pass. Nothing is saved.");
        test(answer).setValue("Too short.");
        assertThat(saveState()).isEqualTo("Preview: not saved");
        test(find(Button.class).id("submit-answer")).click();
        assertThat(saveState()).contains("at least");
        test(answer).setValue("word ".repeat(90));
        test(find(Button.class).id("submit-answer")).click();
        assertThat(PlainText.of(find(Span.class).withClassName("submission-state").single()))
                .isEqualTo("A student's answer would be submitted now. In a preview nothing is saved.");

        assertThat(rowsOfStudentWork()).isEqualTo(rowsBefore);
    }

    @Test
    void in_a_preview_a_discuss_step_links_to_the_discussion_of_each_class_she_teaches() {
        accounts.signInNew("instructor", Role.INSTRUCTOR);
        CohortRef tuesday = cohorts.createCohort(COURSE, "Tuesday seminar");
        navigate(LESSON_ROUTE, LessonView.class);

        LessonSteps.pick("Discuss");

        Anchor link = find(Anchor.class).withText("Open the discussion of Tuesday seminar").single();
        assertThat(link.getHref()).isEqualTo(LessonPages.classDiscussion(tuesday.id(), "three-stages/discuss-parallel"));
        assertThat(find(Anchor.class).withId("open-discussion").exists()).as("the students' own discussion page").isFalse();
    }

    @Test
    void an_admin_who_teaches_no_class_is_told_there_is_no_class_discussion_to_open() {
        accounts.signInNew("admin", Role.ADMIN);
        navigate(LESSON_ROUTE, LessonView.class);

        LessonSteps.pick("Discuss");

        assertThat(find(Paragraph.class).withText(
                "You teach no class of this course, so there is no class discussion to open.").exists()).isTrue();
    }

    @Test
    void a_student_sees_no_preview_banner_her_work_is_kept() {
        accounts.signInNew("student", Role.STUDENT);

        navigate(LESSON_ROUTE, LessonView.class);

        assertThat(find(Div.class).withId("preview-banner").exists()).isFalse();
    }

    private String saveState() {
        return PlainText.of(find(Span.class).withClassName("save-state").single());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static String firstOptionLabel(RadioButtonGroup options) {
        Object first = options.getListDataView().getItems().findFirst().orElseThrow();
        return options.getItemLabelGenerator().apply(first).toString();
    }

    private int rowsOfStudentWork() {
        return List.of("response", "response_submission", "lesson_progress").stream()
                .mapToInt(table -> jdbc.queryForObject("select count(*) from " + table, Integer.class)).sum();
    }
}

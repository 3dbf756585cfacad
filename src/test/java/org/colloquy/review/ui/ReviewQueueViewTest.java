package org.colloquy.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.review.FeedbackState;
import org.colloquy.review.QueueEntry;
import org.colloquy.review.ReviewService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.util.Locale;

@IntegrationTest
@ViewPackages(classes = ReviewQueueView.class)
class ReviewQueueViewTest extends SpringBrowserlessTest {

    private static final String PROMPT = "three-stages/respond-balance";

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AnswerService answers;
    @Autowired
    ReviewService reviews;

    UserRef instructor;
    CohortRef cohort;

    @BeforeEach
    void aClassWithThreeAnswers() {
        instructor = accounts.signInNew("instructor", Role.INSTRUCTOR);
        cohort = cohorts.createCohort("sino-russian-relations", "Review class");
        for (String name : List.of("Ada", "Bo", "Cy")) {
            accounts.signInNew(name, Role.STUDENT);
            cohorts.join(cohort.joinCode());
            answers.submit("sino-russian-relations", PROMPT, name + " writes " + "word ".repeat(85), null,
                    AnswerSnapshot.NONE_SAVED);
        }
        accounts.signIn(instructor);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void the_instructor_moves_through_answers_with_the_keyboard() {
        openQueue();
        @SuppressWarnings("unchecked")
        Grid<QueueEntry> list = find(Grid.class).id("review-list");
        list.asSingleSelect().setValue(list.getGenericDataView().getItem(0));
        String first = answerText();

        fireShortcut(Key.KEY_N, KeyModifier.ALT);
        String second = answerText();
        fireShortcut(Key.KEY_N, KeyModifier.ALT);
        String third = answerText();
        fireShortcut(Key.KEY_P, KeyModifier.ALT);

        assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
        assertThat(answerText()).isEqualTo(second);
    }

    @Test
    void anonymous_review_hides_every_name() {
        openQueue();
        @SuppressWarnings("unchecked")
        Grid<QueueEntry> list = find(Grid.class).id("review-list");
        list.asSingleSelect().setValue(list.getGenericDataView().getItem(0));

        test(find(Checkbox.class).withLabel("Anonymous review (hide names)").single()).click();

        String heading = find(H2.class).first().getText();
        assertThat(heading).matches("Student \\d+");
        assertThat(list.getColumns().getFirst().getRenderer()).isNotNull();
    }

    @Test
    void rubric_feedback_is_saved_as_a_draft_and_released_from_the_queue() {
        openQueue();
        @SuppressWarnings("unchecked")
        Grid<QueueEntry> list = find(Grid.class).id("review-list");
        list.asSingleSelect().setValue(list.getGenericDataView().getItem(0));

        test(find(TextArea.class).withLabel("Comment to the student").single()).setValue("Strong reading of p3.");
        for (RadioButtonGroup<?> criterion : find(RadioButtonGroup.class).withClassName("rubric-criterion").all()) {
            test(criterion).selectItem(firstLevelLabel(criterion));
        }
        test(find(Button.class).id("save-feedback")).click();

        assertThat(find(Span.class).withClassName("submission-state").single().getText()).contains("draft");
        Button release = find(Button.class).id("release-prompt");
        assertThat(release.getText()).isEqualTo("Release feedback on this prompt (1)");

        test(release).click();

        assertThat(find(Span.class).withClassName("queue-count").single().getText())
                .isEqualTo("Feedback released to 1 student.");
        assertThat(reviews.queue(cohort.id(), PROMPT)).filteredOn(entry -> entry.feedback() == FeedbackState.RELEASED)
                .hasSize(1);
    }

    @Test
    void releasing_after_moving_from_prompt_to_prompt_releases_once_and_says_to_whom() {
        navigate("classes/" + cohort.id() + "/review/three-stages/position-before", ReviewQueueView.class);
        openQueue();
        openFirstAnswer();
        for (RadioButtonGroup<?> criterion : find(RadioButtonGroup.class).withClassName("rubric-criterion").all()) {
            test(criterion).selectItem(firstLevelLabel(criterion));
        }
        test(find(Button.class).id("save-feedback")).click();

        test(find(Button.class).id("release-prompt")).click();

        assertThat(find(Span.class).withClassName("queue-count").single().getText())
                .as("a second, stale click handler would say nothing was left to release")
                .isEqualTo("Feedback released to 1 student.");
    }

    @Test
    void the_grader_reads_what_each_level_means_beside_its_score() {
        openQueue();
        openFirstAnswer();

        RadioButtonGroup<?> reading = criterion("Reads the passage accurately");

        assertThat(reading.getElement().getTextRecursively())
                .contains("2 · Strong")
                .contains("Identifies both sides of the balance with a quotation or close paraphrase from p3.")
                .contains("0 · Missing");
        assertThat(find(Span.class, reading).withClassName("rubric-level-description").all()).hasSize(3);
    }

    @Test
    void the_total_follows_the_levels_as_the_grader_chooses_them_and_shows_in_the_queue_once_saved() {
        openQueue();
        openFirstAnswer();
        Span total = find(Span.class).id("rubric-total");
        assertThat(total.getText()).isEqualTo("Total: 0 / 4");

        test(criterion("Reads the passage accurately")).selectItem("2 · Strong");
        assertThat(total.getText()).isEqualTo("Total: 2 / 4");
        test(criterion("Explains the tension")).selectItem("1 · Partial");
        assertThat(total.getText()).isEqualTo("Total: 3 / 4");

        test(find(Button.class).id("save-feedback")).click();
        @SuppressWarnings("unchecked")
        Grid<QueueEntry> list = find(Grid.class).id("review-list");
        int score = test(list).getColumnPosition("score");
        assertThat(test(list).getHeaderCell(score)).isEqualTo("Score");
        assertThat(java.util.stream.IntStream.range(0, test(list).size())
                .mapToObj(row -> test(list).getCellText(row, score))).containsExactlyInAnyOrder("3 / 4", "", "");
    }

    @Test
    void opening_the_queue_again_keeps_one_column_of_each() {
        openQueue();
        openQueue();

        @SuppressWarnings("unchecked")
        Grid<QueueEntry> list = find(Grid.class).id("review-list");
        assertThat(list.getColumns()).hasSize(6);
    }

    @Test
    void aRussianInstructorReviewsAPositionAnswerWithItsPointInRussian() {
        accounts.signInNew("Dee", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit("sino-russian-relations", "three-stages/position-before", "Both turned to a stronger state.", "4",
                AnswerSnapshot.NONE_SAVED);
        accounts.signIn(instructor);
        UI.getCurrent().setLocale(Locale.of("ru", "RU"));
        try {
            navigate("classes/" + cohort.id() + "/review/three-stages/position-before", ReviewQueueView.class);
            @SuppressWarnings("unchecked")
            Grid<QueueEntry> list = find(Grid.class).id("review-list");
            list.getGenericDataView().getItems().filter(entry -> entry.student().displayName().equals("Dee"))
                    .findFirst().ifPresent(list.asSingleSelect()::setValue);

            assertThat(find(Paragraph.class).withClassName("work-choice").single().getText()).isEqualTo("Выбор: Согласен");
        } finally {
            UI.getCurrent().setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void student_text_is_shown_as_text() {
        accounts.signInNew("Dee", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit("sino-russian-relations", PROMPT, "<img src=x onerror=alert(1)> " + "word ".repeat(85), null,
                AnswerSnapshot.NONE_SAVED);
        accounts.signIn(instructor);
        openQueue();
        @SuppressWarnings("unchecked")
        Grid<QueueEntry> list = find(Grid.class).id("review-list");
        list.getGenericDataView().getItems().filter(entry -> entry.student().displayName().equals("Dee")).findFirst()
                .ifPresent(list.asSingleSelect()::setValue);

        Paragraph text = find(Paragraph.class).id("review-answer-text");
        assertThat(text.getText()).startsWith("<img src=x onerror=alert(1)>");
        assertThat(text.getElement().getChildren()).allMatch(Element::isTextNode);
    }

    private void openFirstAnswer() {
        @SuppressWarnings("unchecked")
        Grid<QueueEntry> list = find(Grid.class).id("review-list");
        list.asSingleSelect().setValue(list.getGenericDataView().getItem(0));
    }

    private RadioButtonGroup<?> criterion(String title) {
        return find(RadioButtonGroup.class).withClassName("rubric-criterion").all().stream()
                .filter(group -> title.equals(group.getLabel())).findFirst().orElseThrow();
    }

    private void openQueue() {
        navigate("classes/" + cohort.id() + "/review/three-stages/respond-balance", ReviewQueueView.class);
    }

    private String answerText() {
        return find(Paragraph.class).id("review-answer-text").getText();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String firstLevelLabel(RadioButtonGroup group) {
        Object first = group.getListDataView().getItems().findFirst().orElseThrow();
        return group.getItemLabelGenerator().apply(first).toString();
    }
}

package org.colloquy.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.colloquy.IntegrationTest;
import org.colloquy.base.ui.PlainText;
import org.colloquy.content.Citations;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.CourseCheck;
import org.colloquy.content.PositionStep;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.studio.StudioContentFolder;
import org.colloquy.studio.StudioService;
import org.colloquy.studio.draft.DraftCourse;
import org.colloquy.studio.ui.edit.CourseEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

/**
 * An instructor edits a drafted course in the studio's editor: a problem shows at its field as she types and goes
 * when she fixes it, steps move with buttons, a file goes to text and back, and Publish publishes what she edited.
 */
@IntegrationTest
@ContextConfiguration(initializers = StudioContentFolder.class)
@ViewPackages(classes = {StudioView.class, DraftView.class})
class CourseEditorTest extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired CourseCatalog catalog;
    @Autowired StudioService studio;
    private String key;

    @BeforeEach
    void anInstructorDraftsACourse() {
        accounts.signInNew("editor", Role.INSTRUCTOR);
        navigate(StudioView.class);
        test(find(TextArea.class).id("essay-text")).setValue(StudioViewTest.ESSAY);
        click("import-essay");
        click("find-questions");
        key = "edited-" + System.nanoTime();
        test(find(TextField.class).id("course-key")).setValue(key);
        click("draft-course");
        test(find(Button.class).withClassName("edit-toggle").all().get(2)).click();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_word_limit_out_of_order_is_shown_at_its_field_in_the_checkers_words_and_goes_when_fixed() {
        assertThat(status()).isEqualTo("No problems: this course is ready to publish.");
        List<DraftCourse> told = new ArrayList<>();
        find(CourseEditor.class).single().addChangeListener(told::add);

        test(firstOf(IntegerField.class, "Most words (optional)")).setValue(10);

        IntegerField fewest = firstOf(IntegerField.class, "Fewest words (optional)");
        assertThat(fewest.isInvalid()).isTrue();
        assertThat(fewest.getErrorMessage()).matches("lessons/01-[a-z0-9-]+\\.yaml:\\d+: minWords \\(\\d+\\) is greater "
                + "than maxWords \\(10\\)");
        assertThat(status()).startsWith("Problems found: 1.");
        assertThat(told).last().satisfies(draft -> assertThat(draft.files().values())
                .anySatisfy(file -> assertThat(file).contains("maxWords: 10")));

        test(firstOf(IntegerField.class, "Most words (optional)")).setValue(400);

        assertThat(firstOf(IntegerField.class, "Fewest words (optional)").isInvalid()).isFalse();
        assertThat(status()).isEqualTo("No problems: this course is ready to publish.");
    }

    @Test
    void an_emptied_claim_is_refused_at_the_claim_and_publishing_takes_the_claim_she_wrote() {
        TextArea claim = firstOf(TextArea.class, "Claim to agree or disagree with");
        test(claim).setValue("  ");
        assertThat(firstOf(TextArea.class, "Claim to agree or disagree with").getErrorMessage())
                .endsWith("claim in step \"position-before\" must not be empty");

        test(firstOf(TextArea.class, "Claim to agree or disagree with"))
                .setValue("Nations cooperate only when their interests meet.");
        click("publish-draft");

        assertThat(PlainText.of(find(Paragraph.class).id("studio-published-message"))).contains(key);
        var lesson = catalog.course(key).orElseThrow().lessons().getFirst();
        assertThat(((PositionStep) lesson.steps().getFirst()).claim().plainText())
                .isEqualTo("Nations cooperate only when their interests meet.");
    }

    @Test
    void a_step_moved_down_with_its_button_changes_places_in_the_lesson_file() {
        Button down = find(Button.class).withAriaLabel("Move step 1 down").all().getFirst();
        assertThat(find(Button.class).withAriaLabel("Move step 1 up").all().getFirst().isEnabled()).isFalse();

        test(down).click();

        List<String> headings = find(H4.class).all().stream().map(PlainText::of)
                .filter(heading -> heading.startsWith("Step ")).limit(2).toList();
        assertThat(headings).containsExactly("Step 1 of 6 · Read", "Step 2 of 6 · Position");
        String lessonFile = lessonFile();
        assertThat(lessonFile.indexOf("kind: read")).isLessThan(lessonFile.indexOf("kind: position"));
        assertThat(status()).startsWith("No problems");
    }

    @Test
    void a_lesson_edited_as_text_goes_back_to_the_forms_and_text_the_forms_cannot_read_stays_text() {
        click(find(Button.class).withAriaLabelContaining("Lesson 1").withText("Edit as text").single());
        TextArea text = find(TextArea.class).withLabelContaining("Text of lessons/01-").single();
        test(text).setValue(text.getValue().replaceFirst("(?m)^title: .*", "title: \"Timing, by hand\""));

        click(find(Button.class).withText("Back to forms").single());
        assertThat(find(TextField.class).withLabel("Lesson title").all().getFirst().getValue())
                .isEqualTo("Timing, by hand");

        click(find(Button.class).withAriaLabelContaining("Lesson 1").withText("Edit as text").single());
        TextArea again = find(TextArea.class).withLabelContaining("Text of lessons/01-").single();
        String typed = again.getValue().replaceFirst("(?m)^title:", "titel:");
        test(again).setValue(typed);
        click(find(Button.class).withText("Back to forms").single());

        assertThat(find(TextArea.class).withLabelContaining("Text of lessons/01-").single().getValue()).isEqualTo(typed);
        assertThat(find(Paragraph.class).withClassName("error").all()).extracting(PlainText::of)
                .anySatisfy(message -> assertThat(message).startsWith("The forms cannot read this file (line 2: "
                        + "field \"titel\""));
        assertThat(find(ListItem.class).all()).extracting(PlainText::of).anySatisfy(problem ->
                assertThat(problem).matches("lessons/01-[a-z0-9-]+\\.yaml:2: unknown field \"titel\" in lesson.*"));
    }

    @Test
    void a_check_step_added_at_the_end_of_a_lesson_is_told_what_it_still_needs_at_its_fields() {
        Button add = find(Button.class).withText("Add step").all().getFirst();
        assertThat(add.isEnabled()).as("the kind is asked first").isFalse();
        test(find(Select.class).withLabel("Kind of step").all().getFirst()).selectItem("Respond");
        test(find(Button.class).withText("Add Respond step").all().getFirst()).click();

        assertThat(find(H4.class).all()).extracting(PlainText::of).contains("Step 7 of 7 · Respond");
        TextArea prompt = find(TextArea.class).withLabel("Prompt").all().get(3);
        assertThat(prompt.getErrorMessage()).endsWith("prompt in step \"respond\" must not be empty");
        TextField cites = find(TextField.class).withLabel("Cited paragraphs (for example p2, p3)").all().get(6);
        assertThat(cites.getErrorMessage()).endsWith("step \"respond\" must cite at least one paragraph (only position "
                + "steps may have empty cites)");

        test(prompt).setValue("What would slow the trade down?");
        test(cites).setValue("p2");

        assertThat(status()).startsWith("No problems");
        assertThat(lessonFile()).contains("- key: \"respond\"", "cites: [p2]");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_after_position_repeats_a_choice_of_the_lessons_earlier_position_steps() {
        Select<String> repeats = find(Select.class).withLabel("Earlier position step it repeats").all().getFirst();

        assertThat(repeats.getValue()).isEqualTo("position-before");
        assertThat(repeats.getListDataView().getItems().toList()).containsExactly("position-before");

        test(find(TextField.class).withLabel("Step key").all().getFirst()).setValue("stance");

        assertThat(repeats.getListDataView().getItems().toList()).contains("stance");
        test(repeats).selectItem(repeats.getItemLabelGenerator().apply("stance"));
        assertThat(lessonFile()).contains("repeats: \"stance\"").doesNotContain("repeats: \"position-before\"");
        assertThat(status()).startsWith("No problems");
    }

    @Test
    void the_fields_of_the_courses_words_carry_its_language_and_direction_and_follow_a_change_of_language() {
        TextField title = find(TextField.class).withLabel("Title").all().getFirst();
        TextArea claim = firstOf(TextArea.class, "Claim to agree or disagree with");
        assertThat(claim.getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(claim.getElement().getAttribute("dir")).isEqualTo("auto");

        test(find(TextField.class).withLabel("Language of the content (for example en, zh-Hans, ru)").single())
                .setValue("zh-Hans");

        assertThat(title.getElement().getAttribute("lang")).isEqualTo("zh-Hans");
        assertThat(firstOf(TextArea.class, "Claim to agree or disagree with").getElement().getAttribute("lang"))
                .isEqualTo("zh-Hans");
        assertThat(find(TextField.class).withLabel("Cited paragraphs (for example p2, p3)").all().getFirst()
                .getElement().hasAttribute("lang")).as("keys are not words of the course").isFalse();
    }

    @Test
    void a_paragraph_a_lesson_cites_is_kept_with_a_message_at_it_and_a_new_paragraph_can_be_added_after_it() {
        test(find(Button.class).withText("Reading").single()).click();
        int paragraphs = find(TextArea.class).withClassName("edit-paragraph").all().size();

        test(find(Button.class).withAriaLabel("Remove Paragraph 1 (p1)").single()).click();

        assertThat(find(TextArea.class).withClassName("edit-paragraph").all()).hasSize(paragraphs);
        assertThat(find(Paragraph.class).withClassName("edit-block-refused").all()).filteredOn(Paragraph::isVisible)
                .singleElement().extracting(PlainText::of).asString()
                .startsWith("Paragraph 1 (p1) cannot be removed while lessons cite, quote or name it by its number: lesson 1 ")
                .contains("(steps read, ");

        test(find(Button.class).withAriaLabel("Add a paragraph after Paragraph 1 (p1)").single()).click();
        String newId = "p" + (paragraphs + 1);
        test(find(TextArea.class).withLabel("Paragraph 2 (" + newId + ")").single()).setValue("A later thought.");

        String reading = find(CourseEditor.class).single().draft().files().get("reading.md");
        assertThat(reading).containsSubsequence("{#p1}", "{#" + newId + "} A later thought.", "{#p2}");
        test(find(Button.class).withAriaLabel("Remove Paragraph 2 (" + newId + ")").single()).click();
        assertThat(find(TextArea.class).withClassName("edit-paragraph").all()).hasSize(paragraphs);
    }

    @Test
    void a_paragraph_added_above_a_cited_one_leaves_the_steps_citing_the_same_sentence() {
        test(firstOf(TextArea.class, "Guidance (optional)")).setValue("Weigh [¶2.2] against paragraph 2.");
        String citedBefore = citedSentence("Weigh [¶2.2]");
        assertThat(citedBefore).isEqualTo("Who decides the pace?");
        test(find(Button.class).withText("Reading").single()).click();

        test(find(Button.class).withAriaLabel("Add a paragraph after Paragraph 1 (p1)").single()).click();
        test(find(TextArea.class).withClassName("edit-paragraph").all().get(1)).setValue("A thought put in between.");

        assertThat(firstOf(TextArea.class, "Guidance (optional)").getValue())
                .isEqualTo("Weigh [¶3.2] against paragraph 3.");
        assertThat(lessonFile()).contains("Weigh [¶3.2] against paragraph 3.").doesNotContain("[¶2.2]");
        assertThat(citedSentence("Weigh [¶3.2]")).isEqualTo(citedBefore);
        assertThat(PlainText.of(find(Paragraph.class).id("course-editor-followed")))
                .startsWith("Paragraph numbers changed, so every reference by number in the lessons");
        assertThat(status()).startsWith("No problems");
    }

    @Test
    void a_quoted_paragraph_whose_words_are_changed_in_the_reading_edited_as_text_is_a_problem_she_is_shown() {
        test(find(Button.class).withText("Reading").single()).click();
        click(find(Button.class).withAriaLabelContaining("Reading").withText("Edit as text").single());
        TextArea text = find(TextArea.class).withLabelContaining("Text of reading.md").single();

        test(text).setValue(text.getValue().replace("Who decides the pace?", "Who sets the speed?"));

        assertThat(status()).startsWith("Problems found:");
        assertThat(find(CourseEditor.class).single().problems())
                .anySatisfy(problem -> assertThat(problem).contains("is not in paragraph p2 of reading.md"));
    }

    /** The sentence the first citation of {@code text} names, in the draft as the loader reads it now. */
    private String citedSentence(String text) {
        var checked = studio.check(find(CourseEditor.class).single().draft());
        assertThat(checked).isInstanceOf(CourseCheck.Passed.class);
        var resolved = Citations.resolve(text, ((CourseCheck.Passed) checked).course().reading());
        return resolved.getFirst().sentenceText();
    }

    private String lessonFile() {
        return find(CourseEditor.class).single().draft().files().entrySet().stream()
                .filter(file -> file.getKey().startsWith("lessons/01-")).findFirst().orElseThrow().getValue();
    }

    private <C extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasLabel> C firstOf(
            Class<C> type, String label) {
        return find(type).withLabel(label).all().getFirst();
    }

    private String status() {
        return PlainText.of(find(Paragraph.class).id("course-editor-status"));
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    private void click(Button button) {
        test(button).click();
    }
}

package org.colloquy.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.colloquy.IntegrationTest;
import org.colloquy.base.ui.PlainText;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.ui.ContentPages;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.studio.StudioContentFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

/**
 * An instructor's path through a new course from an essay, from her pasted essay to a kept draft and a published
 * course, and its refusals.
 */
@IntegrationTest
@ContextConfiguration(initializers = StudioContentFolder.class)
@ViewPackages(classes = {StudioView.class, DraftView.class, StudioHomeView.class})
class StudioViewTest extends SpringBrowserlessTest {

    static final String ESSAY = """
            On Timing

            Nations cooperate when their interests meet. Is that meeting an accident of history?

            Trade has grown for a decade. Who decides the pace? Nobody seems to.
            """;

    @Autowired TestAccounts accounts;
    @Autowired CourseCatalog catalog;

    @BeforeEach
    void anInstructorOpensTheStudio() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        navigate(StudioView.class);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void anInstructorPastesHerEssayKeepsItsQuestionsDraftsTheCourseAndPublishesIt() {
        pasteAndImport(ESSAY);
        assertThat(field("essay-title").getValue()).isEqualTo("On Timing");
        assertThat(find(Paragraph.class).id("essay-counts").getText()).startsWith("2 paragraphs in no sections.");
        test(field("essay-title")).setValue("Timing Revisited");
        test(field("essay-author")).setValue("A. Teacher");

        click("find-questions");
        List<Checkbox> questions = find(Checkbox.class).withClassName("studio-question").all();
        assertThat(questions).hasSize(2).allSatisfy(box -> assertThat(box.getValue()).isTrue());
        assertThat(questions.getFirst().getLabel()).isEqualTo("¶1.2 · asked outright");
        assertThat(field("course-key").getValue()).isEqualTo("timing-revisited");
        test(questions.getLast()).click();
        String key = "timing-revisited-" + System.nanoTime();
        test(field("course-key")).setValue(key);

        click("draft-course");
        assertThat(getCurrentView()).as("the draft is kept and its page opens").isInstanceOf(DraftView.class);
        assertThat(find(Div.class).withClassName("studio-outline-lesson").all()).hasSize(2);
        List<String> steps = find(ListItem.class).all().stream().map(PlainText::of).toList();
        assertThat(steps).anySatisfy(step -> assertThat(step).startsWith("Respond: ")
                .contains("Is that meeting an accident of history?"));
        assertThat(steps).noneSatisfy(step -> assertThat(step).contains("Who decides the pace?"));
        assertThat(find(Section.class).withClassName("edit-lesson").all()).hasSize(2);
        List<String> prompts = prompts();
        assertThat(prompts).anySatisfy(prompt -> assertThat(prompt).contains("Is that meeting an accident of history?"));
        assertThat(prompts).noneSatisfy(prompt -> assertThat(prompt).contains("Who decides the pace?"));

        click("publish-draft");
        assertThat(PlainText.of(find(Paragraph.class).id("studio-published-message")))
                .startsWith("Published “Timing Revisited” as " + key);
        assertThat(find(Anchor.class).id("open-published-course").getHref()).isEqualTo(ContentPages.courseHome(key));
        assertThat(catalog.course(key)).hasValueSatisfying(course -> assertThat(course.source().author())
                .isEqualTo("A. Teacher"));
    }

    @Test
    void sheMergesTwoQuestionsIntoOneAndTheDraftAsksThemAsOneStep() {
        pasteAndImport(ESSAY);
        click("find-questions");
        assertThat(find(Button.class).withClassName("studio-merge").all()).as("the first has no question above")
                .hasSize(1);

        test(find(Button.class).withClassName("studio-merge").single()).click();

        List<Checkbox> questions = find(Checkbox.class).withClassName("studio-question").all();
        assertThat(questions).singleElement().satisfies(merged -> {
            assertThat(merged.getValue()).isTrue();
            assertThat(merged.getLabel()).isEqualTo("¶1.2 · merged by you");
        });
        assertThat(find(Div.class).withClassName("studio-question-words").all()).extracting(PlainText::of)
                .containsExactly("Is that meeting an accident of history? Who decides the pace?");
        assertThat(find(Button.class).withClassName("studio-merge").exists()).isFalse();
        test(field("course-key")).setValue("timing-merged-" + System.nanoTime());

        click("draft-course");
        assertThat(prompts()).contains("Is that meeting an accident of history? Who decides the pace?")
                .filteredOn(prompt -> prompt.contains("Who decides the pace?")).as("never asked apart")
                .allSatisfy(prompt -> assertThat(prompt).contains("Is that meeting an accident of history? Who"));
    }

    @Test
    void aTeacherReadingRussianIsToldInRussianWhyEachQuestionWasPicked() {
        UI.getCurrent().setLocale(Locale.of("ru", "RU"));
        try {
            pasteAndImport(ESSAY);
            click("find-questions");

            assertThat(find(Div.class).withClassName("studio-question-reason").all()).extracting(PlainText::of)
                    .contains("Почему: спрашивает прямо, с вопросительным знаком");
        } finally {
            UI.getCurrent().setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void sheAddsTwoQuestionsOfHerOwnToAParagraphAndEachBecomesAStepOfTheDraft() {
        pasteAndImport(ESSAY);
        click("find-questions");
        find(Checkbox.class).withClassName("studio-question").all().forEach(box -> test(box).click());

        test(find(Select.class).id("own-question-paragraph")).selectItem("¶2: Trade has grown for a decade. Who decides "
                + "the pace? Nobody s…");
        test(field("own-question-words")).setValue("What would slow the trade down?");
        click("add-own-question");
        test(field("own-question-words")).setValue("Who gains from the pace?");
        click("add-own-question");
        assertThat(find(Checkbox.class).withClassName("studio-question").all()).hasSize(4).last()
                .satisfies(box -> assertThat(box.getLabel()).isEqualTo("¶2 · your question"));
        test(field("course-key")).setValue("own-questions-" + System.nanoTime());

        click("draft-course");

        assertThat(prompts()).contains("What would slow the trade down?", "Who gains from the pace?")
                .noneSatisfy(prompt -> assertThat(prompt).contains("accident of history"));
    }

    @Test
    void anEmptyQuestionOfHerOwnIsRefused() {
        pasteAndImport(ESSAY);
        click("find-questions");

        click("add-own-question");

        assertThat(problem()).isEqualTo("Type your question first.");
        assertThat(find(Checkbox.class).withClassName("studio-question").all()).hasSize(2);
    }

    @Test
    void aFileThatCannotBeImportedIsRefusedWithItsReasonAndThePastedTextStays() {
        test(find(TextArea.class).id("essay-text")).setValue(ESSAY);

        test(find(Upload.class).single()).upload("essay.odt", "application/vnd.oasis.opendocument.text",
                "whatever".getBytes(StandardCharsets.UTF_8));

        assertThat(problem()).isEqualTo("“essay.odt” cannot be imported: bring a .txt, .md or .docx file, or a .pdf "
                + "with a text layer.");
        assertThat(find(TextArea.class).id("essay-text").getValue()).isEqualTo(ESSAY);
        assertThat(visibleSteps()).containsExactly("studio-source");
    }

    @Test
    void aFileTheUploadRefusesInTheBrowserShowsTheUploadsReason() {
        Upload upload = find(Upload.class).single();
        String tooLarge = upload.getI18n().getError().getFileIsTooBig();

        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, tooLarge, "big.pdf"));

        assertThat(problem()).isEqualTo(tooLarge)
                .isEqualTo("The file is 5 MB or larger: Colloquy imports essays of less than 5 MB.");
    }

    @Test
    void anUploadedTextFileIsProposedWithItsFileNameAsSource() {
        test(find(Upload.class).single()).upload("timing.txt", "text/plain", ESSAY.getBytes(StandardCharsets.UTF_8));

        assertThat(field("essay-title").getValue()).isEqualTo("On Timing");
        assertThat(field("essay-source").getValue()).isEqualTo("timing.txt");
        assertThat(find(Paragraph.class).withClassName("error").all()).isEmpty();
        assertThat(visibleSteps()).containsExactly("studio-source", "studio-proposal");
    }

    @Test
    void anEmptyPasteIsRefusedWithAClearMessage() {
        pasteAndImport("   ");

        assertThat(problem()).isEqualTo("The essay is empty: there is no text to make paragraphs from.");
    }

    @Test
    void aKeyOfACourseSheDoesNotOwnIsRefusedAtTheDraftStepAndHerChoicesStay() {
        pasteAndImport(ESSAY);
        click("find-questions");
        test(field("course-key")).setValue("sino-russian-relations");

        click("draft-course");

        assertThat(problem()).contains("“sino-russian-relations” is taken by a course you do not own");
        assertThat(find(Paragraph.class).id("studio-problem").getParent().flatMap(Component::getId))
                .as("the refusal stands where she pressed the button").hasValue("studio-questions-section");
        assertThat(visibleSteps()).doesNotContain("studio-draft-section");
        assertThat(find(Checkbox.class).withClassName("studio-question").all()).hasSize(2);
    }

    @Test
    void draftingWithEveryQuestionDroppedIsRefused() {
        pasteAndImport(ESSAY);
        click("find-questions");
        find(Checkbox.class).withClassName("studio-question").all().forEach(box -> test(box).click());
        test(field("course-key")).setValue("timing-" + System.nanoTime());

        click("draft-course");

        assertThat(problem()).isEqualTo("No open question is kept: keep at least one to draft a course from.");
    }

    @Test
    void aTitleLeftEmptyIsAskedForBeforeTheQuestions() {
        pasteAndImport(ESSAY);
        test(field("essay-title")).setValue("");

        click("find-questions");

        assertThat(problem()).isEqualTo("The essay needs a title: type it in the Title field.");
        assertThat(visibleSteps()).doesNotContain("studio-questions-section");
    }

    /** The prompts of the draft's respond steps, as the editor shows them. */
    private List<String> prompts() {
        find(Button.class).withClassName("edit-toggle").withAttribute("aria-expanded", "false").all()
                .forEach(toggle -> test(toggle).click());
        return find(TextArea.class).withCondition(area -> "Prompt".equals(area.getLabel())).all().stream()
                .map(TextArea::getValue).toList();
    }

    /** The ids of the steps shown so far. */
    private List<String> visibleSteps() {
        return find(Div.class).withClassName("studio-step").all().stream()
                .map(step -> step.getId().orElse("")).toList();
    }

    private void pasteAndImport(String text) {
        test(find(TextArea.class).id("essay-text")).setValue(text);
        click("import-essay");
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    private TextField field(String id) {
        return find(TextField.class).id(id);
    }

    private String problem() {
        return PlainText.of(find(Paragraph.class).id("studio-problem"));
    }
}

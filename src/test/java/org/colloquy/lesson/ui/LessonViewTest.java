package org.colloquy.lesson.ui;


import org.colloquy.base.ui.PlainText;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Collections;
import java.util.Locale;
import org.colloquy.IntegrationTest;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.component.combobox.ComboBox;

@IntegrationTest
@ViewPackages(classes = LessonView.class)
class LessonViewTest extends SpringBrowserlessTest {

    private static final String COURSE = "sino-russian-relations";
    private static final String LESSON_ROUTE = "course/" + COURSE + "/lesson/three-stages";

    @Autowired
    TestAccounts accounts;
    @Autowired
    AnswerService answers;

    @BeforeEach
    void signInAsANewStudent() {
        accounts.signInNew("student", Role.STUDENT);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void student_completes_a_lesson_and_sees_how_her_position_moved() {
        navigate(LESSON_ROUTE, LessonView.class);

        while (!stepCounter().startsWith("Lesson complete")) {
            answerCurrentStep();
            test(find(Button.class).id("step-next")).click();
        }

        assertThat(find(Paragraph.class).withClassName("shift-summary").single().getText())
                .isEqualTo("You moved from “Agree” to “Disagree”.");
        assertThat(find(Span.class).withText("They look alike.").exists()).isTrue();
        assertThat(find(Span.class).withText("Chronology matters.").exists()).isTrue();
    }

    @Test
    void a_student_reading_chinese_gets_the_player_in_chinese_while_the_english_course_keeps_its_language() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            navigate(LESSON_ROUTE, LessonView.class);

            assertThat(stepCounter()).startsWith("第 1 步，共 ");
            assertThat(PlainText.of(find(Button.class).id("step-next"))).isEqualTo("下一步");
            LessonView view = (LessonView) getCurrentView();
            assertThat(view.getElement().hasAttribute("lang")).as("the interface chrome keeps the page language").isFalse();
            H1 title = find(H1.class).single();
            assertThat(title.getElement().getAttribute("lang")).isEqualTo("en");
            assertThat(title.getElement().getAttribute("dir")).isEqualTo("ltr");
        } finally {
            UI.getCurrent().setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void a_position_reason_over_sixty_words_is_refused_and_kept_whole_even_past_six_hundred_characters() {
        navigate(LESSON_ROUTE, LessonView.class);
        assertThat(stepCounter()).startsWith("Step 1 ").endsWith("Position");
        TextField reason = find(TextField.class).withLabel("Your reason, in one sentence").single();
        assertThat(reason.getHelperText()).isEqualTo("Up to 60 words.");
        String longReason = words(61, "interdependence");

        test(find(RadioButtonGroup.class).withClassName("position-scale").single()).selectItem("Agree");
        test(reason).setValue(longReason);
        test(find(Button.class).withText("Save my position").single()).click();

        assertThat(longReason.length()).isGreaterThan(600);
        assertThat(reason.getValue()).isEqualTo(longReason);
        assertThat(reason.isInvalid()).isTrue();
        assertThat(find(Paragraph.class).withClassName("submission-state").single().getText())
                .isEqualTo("Keep your reason to one sentence: it has 61 words, the limit is 60.");
        assertThat(answers.answersInLesson(COURSE, "three-stages")).doesNotContainKey("position-before");
    }

    @Test
    void a_draft_autosaves_while_typing_and_is_there_when_the_lesson_is_opened_again() {
        openRespondStep();

        test(editor()).setValue("The state and the market, together.");

        assertThat(saveState()).startsWith("Saved ");
        assertThat(answers.answersInLesson(COURSE, "three-stages").get("respond-balance").body())
                .isEqualTo("The state and the market, together.");

        navigate(LESSON_ROUTE, LessonView.class);
        assertThat(editor().getValue()).isEqualTo("The state and the market, together.");
    }

    @Test
    void a_read_step_the_student_reads_through_shows_as_done_and_stays_done_after_a_reload() {
        navigate(LESSON_ROUTE, LessonView.class);
        LessonSteps.pick("Read");
        StepDots dots = find(StepDots.class).single();
        int read = dots.current();
        assertThat(dots.done()).doesNotContain(read);

        test(find(Button.class).id("step-next")).click();

        assertThat(find(StepDots.class).single().done()).as("done at once").contains(read);
        assertThat(find(StepDots.class).single().labels().get(read - 1)).isEqualTo("Step " + read + ": Read, done");
        navigate(LESSON_ROUTE, LessonView.class);
        assertThat(find(StepDots.class).single().done()).as("done after a reload").contains(read);
    }

    @Test
    void a_read_step_only_looked_at_is_not_done() {
        navigate(LESSON_ROUTE, LessonView.class);
        LessonSteps.pick("Read");
        int read = find(StepDots.class).single().current();

        test(find(Button.class).id("step-back")).click();

        assertThat(find(StepDots.class).single().done()).doesNotContain(read);
    }

    @Test
    void submit_and_revise_keep_every_submitted_version() {
        openRespondStep();
        test(editor()).setValue(words(85, "first"));
        test(find(Button.class).id("submit-answer")).click();
        test(editor()).setValue(words(90, "second"));
        test(find(Button.class).id("submit-answer")).click();

        assertThat(PlainText.of(find(Span.class).withClassName("submission-state").single())).contains("revision 2");
        StepDots dots = find(StepDots.class).single();
        assertThat(dots.done()).as("the step dots mark the answered step").contains(dots.current());
        NativeDetails history = find(NativeDetails.class).withClassName("submission-history").single();
        assertThat(PlainText.of(history.getSummary())).isEqualTo("Your submissions (2)");
        assertThat(find(Paragraph.class, history).withClassName("submission-body").exists())
                .as("the list is built when the student opens it").isFalse();

        openSubmissionHistory();
        assertThat(PlainText.of(find(Paragraph.class, history).withClassName("submission-body").first()))
                .isEqualTo(words(90, "second"));
        assertThat(PlainText.of(find(Paragraph.class, history).withClassName("submission-body").last()))
                .isEqualTo(words(85, "first"));
    }

    @Test
    void a_too_short_submission_says_how_many_words_are_missing_and_keeps_the_text() {
        openRespondStep();
        test(editor()).setValue("Too short.");
        test(find(Button.class).id("submit-answer")).click();

        assertThat(saveState()).contains("Your answer has 2 words").contains("Add 78 more");
        assertThat(editor().getValue()).isEqualTo("Too short.");
    }

    @Test
    void an_over_long_answer_is_not_saved_says_so_and_stays_in_the_field() {
        openRespondStep();
        String tooLong = "x".repeat(20_050);

        test(editor()).setValue(tooLong);

        assertThat(saveState()).contains("Not saved").contains("Shorten it by 50 characters");
        assertThat(editor().getValue()).isEqualTo(tooLong);
    }

    @Test
    void an_over_long_answer_taken_back_to_the_saved_text_says_saved_again() {
        openRespondStep();
        test(editor()).setValue("A first thought.");
        assertThat(saveState()).startsWith("Saved");
        test(editor()).setValue("x".repeat(1_048_576));
        assertThat(saveState()).contains("Not saved");

        test(editor()).setValue("A first thought.");

        assertThat(saveState()).startsWith("Saved").doesNotContain("Not saved");
    }

    @Test
    void a_save_from_a_stale_tab_shows_both_versions_and_overwrites_neither() {
        openRespondStep();
        test(editor()).setValue("Written in this tab.");
        int revision = answers.answersInLesson(COURSE, "three-stages").get("respond-balance").revision();
        answers.saveDraft(COURSE, "three-stages/respond-balance", "Written in the other tab.", null, revision);

        test(editor()).setValue("Written in this tab, then more.");

        assertThat(saveState()).contains("changed in another tab");
        Div conflict = find(Div.class).withClassName("conflict").single();
        assertThat(find(Paragraph.class, conflict).withClassName("version-text").all())
                .extracting(PlainText::of)
                .containsExactly("Written in this tab, then more.", "Written in the other tab.");
        assertThat(answers.answersInLesson(COURSE, "three-stages").get("respond-balance").body())
                .isEqualTo("Written in the other tab.");

        test(find(Button.class).withText("Keep my version").single()).click();
        assertThat(answers.answersInLesson(COURSE, "three-stages").get("respond-balance").body())
                .isEqualTo("Written in this tab, then more.");
    }

    @Test
    void a_student_cites_a_paragraph_from_the_picker_while_writing_a_discussion_post() {
        navigate(LESSON_ROUTE, LessonView.class);
        LessonSteps.pick("Discuss");
        test(editor()).setValue("The chronology does not fit.");

        LessonSteps.unfold(find(NativeDetails.class).withClassName("citation-fold").single());
        @SuppressWarnings("unchecked")
        ComboBox<org.colloquy.content.Paragraph> picker =
                find(ComboBox.class).withLabel("Cite a paragraph of the essay").single();
        picker.setValue(picker.getListDataView().getItems().filter(p -> p.id().equals("p2")).findFirst().orElseThrow());
        test(find(Button.class).id("insert-citation")).click();

        assertThat(editor().getValue()).isEqualTo("The chronology does not fit. [¶2]");
        assertThat(answers.answersInLesson(COURSE, "three-stages").get("discuss-parallel").body())
                .isEqualTo("The chronology does not fit. [¶2]");
    }

    @Test
    void a_student_cites_one_sentence_of_a_paragraph_and_a_missing_sentence_is_refused_keeping_her_text() {
        navigate(LESSON_ROUTE, LessonView.class);
        LessonSteps.pick("Discuss");
        test(editor()).setValue("The West no longer rules alone.");

        LessonSteps.unfold(find(NativeDetails.class).withClassName("citation-fold").single());
        @SuppressWarnings("unchecked")
        ComboBox<org.colloquy.content.Paragraph> picker =
                find(ComboBox.class).withLabel("Cite a paragraph of the essay").single();
        picker.setValue(picker.getListDataView().getItems().filter(p -> p.id().equals("p4")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<Integer> sentence =
                find(ComboBox.class).withLabel("Sentence (optional)").single();
        assertThat(sentence.getListDataView().getItems().count()).isEqualTo(6);
        sentence.setValue(2);
        test(find(Button.class).id("insert-citation")).click();
        assertThat(editor().getValue()).isEqualTo("The West no longer rules alone. [¶4.2]");

        test(editor()).setValue("The West no longer rules alone. [¶4.9]");
        test(find(Button.class).id("submit-answer")).click();
        assertThat(saveState())
                .contains("cites sentence 9 of paragraph 4, but that paragraph has 6 sentences");
        assertThat(editor().getValue()).isEqualTo("The West no longer rules alone. [¶4.9]");
    }

    @Test
    void student_text_is_shown_as_text_not_markup() {
        openRespondStep();
        String markup = "<img src=x onerror=alert(1)> <b>bold</b>";
        answers.submit(COURSE, "three-stages/respond-balance", markup + " " + words(85, "w"), null,
                AnswerSnapshot.NONE_SAVED);

        navigate(LESSON_ROUTE, LessonView.class);
        openSubmissionHistory();

        Paragraph body = find(Paragraph.class).withClassName("submission-body").single();
        assertThat(PlainText.of(body)).startsWith(markup);
        // innerText: the browser shows the value as text and never parses it as markup
        assertThat(body.getElement().getChildCount()).isZero();
        assertThat(body.getElement().getProperty("innerText")).startsWith(markup);
    }

    private void answerCurrentStep() {
        String counter = stepCounter();
        if (counter.endsWith("Position")) {
            boolean before = find(TextField.class).withLabel("Your reason, in one sentence").single().getValue().isEmpty()
                    && counter.startsWith("Step 1 ");
            test(find(RadioButtonGroup.class).withClassName("position-scale").single())
                    .selectItem(before ? "Agree" : "Disagree");
            test(find(TextField.class).withLabel("Your reason, in one sentence").single())
                    .setValue(before ? "They look alike." : "Chronology matters.");
            test(find(Button.class).withText("Save my position").single()).click();
        } else if (counter.endsWith("Check")) {
            RadioButtonGroup<?> options = find(RadioButtonGroup.class).withClassName("check-options").single();
            options.setValue(null);
            test(options).selectItem(firstOptionLabel(options));
            test(find(Button.class).withText("Check my answer").single()).click();
        } else if (counter.endsWith("Respond") || counter.endsWith("Discuss")) {
            test(editor()).setValue(words(100, "argument"));
            test(find(Button.class).id("submit-answer")).click();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String firstOptionLabel(RadioButtonGroup options) {
        Object first = options.getListDataView().getItems().findFirst().orElseThrow();
        return options.getItemLabelGenerator().apply(first).toString();
    }

    private void openRespondStep() {
        navigate(LESSON_ROUTE, LessonView.class);
        LessonSteps.pick("Respond");
    }

    /** What the browser sends when the student unfolds "Your submissions". */
    private void openSubmissionHistory() {
        NativeDetails history = find(NativeDetails.class).withClassName("submission-history").single();
        history.setOpen(true);
        ComponentUtil.fireEvent(history, new NativeDetails.ToggleEvent(history, true));
    }

    private TextArea editor() {
        return find(TextArea.class).first();
    }

    private String saveState() {
        return PlainText.of(find(Span.class).withClassName("save-state").single());
    }

    private String stepCounter() {
        return PlainText.of(find(Span.class).withClassName("step-counter").single());
    }

    private static String words(int count, String word) {
        return String.join(" ", Collections.nCopies(count, word));
    }
}

package org.colloquy.lesson.ui;

import org.colloquy.content.ui.ContentLanguage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.colloquy.content.CheckStep;
import org.colloquy.content.ui.ProseView;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.SaveOutcome;

/** A multiple-choice check: the student picks an option and gets that option's feedback at once. */
class CheckStepPanel extends Div {

    private final CheckStep step;
    private final StepContext context;
    private final RadioButtonGroup<CheckStep.Option> options = new RadioButtonGroup<>();
    private final Div feedback = new Div();
    private int knownRevision;

    CheckStepPanel(CheckStep step, StepContext context) {
        this.step = step;
        this.context = context;
        addClassNames("step-panel", "check-step");
        add(new H2(getTranslation("lesson.check.title")),
                ContentLanguage.mark(new ProseView(step.question(), context.course().reading()), context.course()));

        options.setLabel(getTranslation("lesson.check.choose"));
        options.setItems(step.options());
        options.setItemLabelGenerator(CheckStep.Option::text);
        options.addClassName("check-options");
        Button check = new Button(getTranslation("lesson.check.submit"), click -> check(true));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        feedback.addClassName("check-feedback");
        feedback.getElement().setAttribute("aria-live", "polite");
        add(options, check, feedback);

        AnswerSnapshot earlier = context.state().answer(step.key()).orElse(null);
        knownRevision = earlier == null ? AnswerSnapshot.NONE_SAVED : earlier.revision();
        if (earlier != null && earlier.choice() != null) {
            step.option(earlier.choice()).ifPresent(option -> {
                options.setValue(option);
                showFeedback(option);
            });
        }
    }

    private void check(boolean retryOnConflict) {
        CheckStep.Option chosen = options.getValue();
        if (chosen == null) {
            options.setInvalid(true);
            options.setErrorMessage(getTranslation("lesson.check.choose-first"));
            return;
        }
        options.setInvalid(false);
        SaveOutcome outcome = context.answers().submit(context.course().key(), context.promptKey(step), "",
                chosen.key(), knownRevision);
        switch (outcome) {
            case SaveOutcome.Saved saved -> {
                knownRevision = saved.revision();
                showFeedback(chosen);
                context.onSubmitted().run();
            }
            case SaveOutcome.Conflict conflicted -> {
                // Another tab answered too; a check is an attempt, so this newer attempt simply follows it.
                knownRevision = conflicted.theirs().revision();
                if (retryOnConflict) {
                    check(false);
                }
            }
            case SaveOutcome.Refused refused -> {
                options.setInvalid(true);
                options.setErrorMessage(RefusalText.of(this, refused));
            }
        }
    }

    private void showFeedback(CheckStep.Option option) {
        feedback.removeAll();
        feedback.removeClassNames("correct", "incorrect");
        feedback.addClassName(option.correct() ? "correct" : "incorrect");
        Paragraph verdict = new Paragraph(getTranslation(option.correct() ? "lesson.check.correct" : "lesson.check.not-quite"));
        verdict.addClassName("verdict");
        feedback.add(verdict, ContentLanguage.mark(new ProseView(option.feedback(), context.course().reading()),
                context.course()));
    }
}

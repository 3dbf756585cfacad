package org.colloquy.lesson.ui;

import org.colloquy.content.ui.ContentLanguage;
import org.colloquy.base.ui.TypingLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.content.PositionStep;
import org.colloquy.content.ui.ProseView;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.SaveOutcome;

/** Where the student stands on a claim, on a five-point scale, with a one-sentence reason. */
class PositionStepPanel extends Div {

    private final PositionStep step;
    private final StepContext context;
    private final RadioButtonGroup<Integer> scale = new RadioButtonGroup<>();
    private final TextField reason = new TextField();
    private final Paragraph state = new Paragraph();
    private int knownRevision;

    PositionStepPanel(PositionStep step, StepContext context) {
        this.step = step;
        this.context = context;
        addClassNames("step-panel", "position-step");
        boolean before = step.moment() == PositionStep.Moment.BEFORE;
        add(new H2(getTranslation(before ? "lesson.position.title-before" : "lesson.position.title-after")));
        Paragraph intro = new Paragraph(getTranslation(before ? "lesson.position.intro-before" : "lesson.position.intro-after"));
        add(intro);
        ProseView claim = ContentLanguage.mark(new ProseView(step.claim(), context.course().reading()), context.course());
        claim.addClassName("claim");
        add(claim);

        scale.setLabel(getTranslation("lesson.position.scale"));
        scale.setItems(IntStream.rangeClosed(1, PositionStep.SCALE.size()).boxed().toList());
        scale.setItemLabelGenerator(PositionLabels::of);
        scale.addClassName("position-scale");
        reason.setLabel(getTranslation("lesson.position.reason"));
        reason.setWidthFull();
        TypingLimit.inWords(reason, PositionStep.REASON_MAX_WORDS, null);
        Button save = new Button(getTranslation("lesson.position.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        state.addClassName("submission-state");
        state.getElement().setAttribute("role", "status");
        add(scale, reason, save, state);

        AnswerSnapshot earlier = context.state().answer(step.key()).orElse(null);
        knownRevision = earlier == null ? AnswerSnapshot.NONE_SAVED : earlier.revision();
        if (earlier != null && PositionStep.point(earlier.choice()) > 0) {
            scale.setValue(PositionStep.point(earlier.choice()));
            reason.setValue(earlier.body());
            state.setText(getTranslation("lesson.position.saved-earlier", TimeDisplay.dateTime(earlier.savedAt())));
        }
    }

    private void save() {
        String choice = scale.getValue() == null ? null : String.valueOf(scale.getValue());
        SaveOutcome outcome = context.answers().submit(context.course().key(), context.promptKey(step), reason.getValue(),
                choice, knownRevision);
        switch (outcome) {
            case SaveOutcome.Saved saved when context.preview() -> {
                state.removeClassName("error");
                state.setText(getTranslation("lesson.preview.position-not-saved", PositionLabels.of(scale.getValue())));
            }
            case SaveOutcome.Saved saved -> {
                knownRevision = saved.revision();
                state.removeClassName("error");
                state.setText(getTranslation("lesson.position.saved", TimeDisplay.time(saved.savedAt()),
                        PositionLabels.of(scale.getValue())));
                context.onSubmitted().run();
            }
            case SaveOutcome.Refused refused -> {
                state.addClassName("error");
                state.setText(RefusalText.of(this, refused));
            }
            case SaveOutcome.Conflict conflicted -> {
                knownRevision = conflicted.theirs().revision();
                state.addClassName("error");
                state.setText(getTranslation("lesson.position.conflict"));
            }
        }
    }
}

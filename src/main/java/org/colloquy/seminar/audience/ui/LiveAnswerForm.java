package org.colloquy.seminar.audience.ui;

import com.vaadin.flow.component.button.Button;
import org.colloquy.seminar.audience.AudienceService;
import org.colloquy.base.ui.TypingLimit;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.colloquy.base.i18n.Translated;
import org.colloquy.seminar.audience.AnswerOutcome;
import org.colloquy.seminar.audience.AudienceState;
import org.colloquy.seminar.session.SeminarPrompt;
import org.colloquy.seminar.session.ui.ChoiceLabels;
import org.jspecify.annotations.Nullable;

/** The way to answer one prompt on a phone: a text for an open prompt, options for a poll or the scale. */
final class LiveAnswerForm extends Div {

    /** Sends the answer to the prompt on screen, as a student or as a guest. */
    interface Sender {

        AnswerOutcome send(String stepKey, String body, @Nullable String choiceKey);
    }

    private final String stepKey;
    private final TextArea text = new TextArea(getTranslation("seminar.audience.your-answer"));
    private final RadioButtonGroup<SeminarPrompt.Choice> choices = new RadioButtonGroup<>();
    private final Button send = new Button();
    private final Paragraph status = new Paragraph();
    private final boolean open;
    private final Sender sender;

    LiveAnswerForm(AudienceState state, Sender sender) {
        this.sender = sender;
        addClassName("audience-form");
        SeminarPrompt prompt = state.prompt();
        this.stepKey = prompt.key();
        this.open = prompt.kind() == SeminarPrompt.Kind.OPEN;
        AudienceState.MyAnswer mine = state.myAnswer();
        if (open) {
            text.setId("live-answer");
            text.setWidthFull();
            TypingLimit.on(text, AudienceService.MAX_ANSWER_LENGTH);
            text.setValue(mine == null ? "" : mine.body());
            add(text);
        } else {
            choices.setId("live-choice");
            choices.setLabel(getTranslation("seminar.audience.your-answer"));
            choices.setItems(prompt.choices());
            choices.setItemLabelGenerator(ChoiceLabels::of);
            if (mine != null) {
                prompt.choices().stream().filter(choice -> choice.key().equals(mine.choice())).findFirst()
                        .ifPresent(choices::setValue);
            }
            add(choices);
        }
        send.setId("live-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setText(getTranslation(mine == null ? "seminar.audience.send" : "seminar.audience.change"));
        send.addClickListener(click -> send());
        status.setId("live-status");
        status.getElement().setAttribute("role", "status");
        status.addClassName("audience-status");
        if (mine != null) {
            status.setText(getTranslation("seminar.audience.received"));
        }
        add(send, status);
        setOpen(state.promptOpen(), timeIsUp(state));
    }

    static boolean timeIsUp(AudienceState state) {
        return !state.promptOpen() && state.timeLeft() != null && state.timeLeft().isZero();
    }

    void setOpen(boolean promptOpen, boolean timeIsUp) {
        text.setReadOnly(!promptOpen);
        choices.setReadOnly(!promptOpen);
        send.setEnabled(promptOpen);
        if (!promptOpen) {
            status.setText(getTranslation(timeIsUp ? "seminar.audience.time-is-up"
                    : "seminar.audience.closed"));
        }
    }

    private void send() {
        SeminarPrompt.Choice choice = choices.getValue();
        String body = open ? text.getValue() : "";
        String choiceKey = choice == null ? null : choice.key();
        AnswerOutcome outcome = sender.send(stepKey, body, choiceKey);
        switch (outcome) {
            case AnswerOutcome.Received received -> {
                status.setText(getTranslation("seminar.audience.received"));
                status.removeClassName("error");
                send.setText(getTranslation("seminar.audience.change"));
            }
            case AnswerOutcome.Refused refused -> {
                status.setText(Translated.text(refused.message()));
                status.addClassName("error");
            }
        }
    }
}

package org.colloquy.seminar.audience.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JavaScript;
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

/**
 * The way to answer one prompt on a phone: a text for an open prompt, options for a poll or the scale. What she types
 * is kept in the browser until the server received it, and comes back after a reload or when her session was lost
 * with a server node (decision 0048), as lesson drafts do.
 */
@JavaScript("context://scripts/live-answer-keeper.js")
final class LiveAnswerForm extends Div {

    /** Sends the answer to the prompt on screen, as a student or as a guest. */
    interface Sender {

        AnswerOutcome send(String stepKey, String body, @Nullable String choiceKey);
    }

    private final String stepKey;
    /** Where the browser keeps the unsent text: one place per session and prompt. */
    private final String storageKey;
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
        this.storageKey = state.sessionId() + ":" + prompt.key();
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

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (open) {
            getElement().executeJs("window.colloquyLiveAnswer && window.colloquyLiveAnswer.attach(this, $0)",
                    storageKey);
        }
    }

    /** Called by the browser when it holds text typed here that the server never received. */
    @ClientCallable
    void restoreUnsent(String kept) {
        if (!open || kept.equals(text.getValue())) {
            return;
        }
        text.setValue(kept);
        if (!text.isReadOnly()) {
            status.setText(getTranslation("seminar.audience.unsent-restored"));
            status.removeClassName("error");
        }
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
                getElement().executeJs("window.colloquyLiveAnswer && window.colloquyLiveAnswer.received($0, $1)",
                        storageKey, body);
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

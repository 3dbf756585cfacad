package org.colloquy.seminar.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.colloquy.content.ui.PassagePanel;
import org.colloquy.seminar.AnswerOutcome;
import org.colloquy.seminar.AudienceState;
import org.colloquy.seminar.JoinOutcome;
import org.colloquy.seminar.SeminarEvent;
import org.colloquy.seminar.SeminarEvents;
import org.colloquy.seminar.SeminarPrompt;
import org.colloquy.seminar.SeminarService;
import org.jspecify.annotations.Nullable;

/**
 * A student's phone in the seminar room: join with the code, then answer the prompt on screen. It follows the
 * leader's pace; what she is typing survives any update that keeps the same prompt on screen.
 */
@Route("live/:code?")
@PageTitle("Live seminar · Colloquy")
@RolesAllowed("STUDENT")
public class AudienceView extends Main implements BeforeEnterObserver {

    private final SeminarService seminars;
    private final LiveUpdates live;
    private String joinCode = "";
    private long sessionId = -1;
    private @Nullable String promptKey;
    private @Nullable AnswerForm form;

    AudienceView(SeminarService seminars, SeminarEvents events) {
        this.seminars = seminars;
        this.live = new LiveUpdates(events,
                event -> event instanceof SeminarEvent.PromptChanged || event instanceof SeminarEvent.SessionEnded,
                this::refresh);
        setId("main-content");
        addClassNames("page", "audience-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        joinCode = event.getRouteParameters().get("code").orElse("");
        promptKey = null;
        if (joinCode.isEmpty()) {
            showJoinForm("");
        } else {
            refresh();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (sessionId >= 0) {
            live.follow(attachEvent.getUI(), sessionId);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        live.stop();
    }

    private void refresh() {
        switch (seminars.join(joinCode)) {
            case JoinOutcome.Joined joined -> show(joined.state());
            case JoinOutcome.UnknownCode unknown -> showJoinForm(unknown.message());
            case JoinOutcome.SessionClosed closed -> showJoinForm(closed.message());
        }
    }

    private void show(AudienceState state) {
        if (sessionId != state.sessionId()) {
            sessionId = state.sessionId();
            getUI().ifPresent(ui -> live.follow(ui, sessionId));
        }
        if (form != null && state.prompt().key().equals(promptKey)) {
            form.setOpen(state.promptOpen());
            return;
        }
        promptKey = state.prompt().key();
        removeAll();
        Paragraph where = new Paragraph(state.lessonTitle() + " · question " + state.prompt().number() + " of "
                + state.promptCount());
        where.addClassName("audience-where");
        PassagePanel passage = new PassagePanel(state.reading(), state.prompt().step().cites());
        passage.setOpen(false);
        form = new AnswerForm(state);
        add(where, PromptText.of(state.prompt().text(), state.reading()), passage, form);
    }

    private void showJoinForm(String problem) {
        live.stop();
        sessionId = -1;
        form = null;
        removeAll();
        TextField code = new TextField("Join code");
        code.setId("live-code");
        code.setValue(joinCode);
        code.setMaxLength(20);
        code.setHelperText("6 letters and digits, shown on the screen");
        Button join = new Button("Join", click -> getUI().ifPresent(ui -> ui.navigate("live/"
                + org.colloquy.account.JoinCodes.normalise(code.getValue()))));
        join.setId("live-join");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph message = new Paragraph(problem);
        message.setId("live-message");
        message.addClassName("error");
        message.getElement().setAttribute("role", "status");
        Div box = new Div(code, join, message);
        box.addClassNames("course-card", "join-form");
        add(new H1("Join the live seminar"), box);
    }

    /** The way to answer one prompt: a text for an open prompt, options for a poll or the scale. */
    private final class AnswerForm extends Div {

        private final String stepKey;
        private final TextArea text = new TextArea("Your answer");
        private final RadioButtonGroup<SeminarPrompt.Choice> choices = new RadioButtonGroup<>();
        private final Button send = new Button();
        private final Paragraph status = new Paragraph();
        private final boolean open;

        AnswerForm(AudienceState state) {
            addClassName("audience-form");
            SeminarPrompt prompt = state.prompt();
            this.stepKey = prompt.key();
            this.open = prompt.kind() == SeminarPrompt.Kind.OPEN;
            AudienceState.MyAnswer mine = state.myAnswer();
            if (open) {
                text.setId("live-answer");
                text.setWidthFull();
                text.setMaxLength(2000);
                text.setValue(mine == null ? "" : mine.body());
                add(text);
            } else {
                choices.setId("live-choice");
                choices.setLabel("Your answer");
                choices.setItems(prompt.choices());
                choices.setItemLabelGenerator(SeminarPrompt.Choice::label);
                if (mine != null) {
                    prompt.choices().stream().filter(choice -> choice.key().equals(mine.choice())).findFirst()
                            .ifPresent(choices::setValue);
                }
                add(choices);
            }
            send.setId("live-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.setText(mine == null ? "Send answer" : "Change my answer");
            send.addClickListener(click -> send());
            status.setId("live-status");
            status.getElement().setAttribute("role", "status");
            status.addClassName("audience-status");
            if (mine != null) {
                status.setText("Received. You can change it while the question is open.");
            }
            add(send, status);
            setOpen(state.promptOpen());
        }

        void setOpen(boolean promptOpen) {
            text.setReadOnly(!promptOpen);
            choices.setReadOnly(!promptOpen);
            send.setEnabled(promptOpen);
            if (!promptOpen) {
                status.setText("Answers to this question are closed.");
            }
        }

        private void send() {
            SeminarPrompt.Choice choice = choices.getValue();
            AnswerOutcome outcome = seminars.answer(joinCode, stepKey, open ? text.getValue() : "",
                    choice == null ? null : choice.key());
            switch (outcome) {
                case AnswerOutcome.Received received -> {
                    status.setText("Received. You can change it while the question is open.");
                    status.removeClassName("error");
                    send.setText("Change my answer");
                }
                case AnswerOutcome.Refused refused -> {
                    status.setText(refused.message());
                    status.addClassName("error");
                }
            }
        }
    }
}

package org.colloquy.lesson.ui;

import org.colloquy.base.ui.PlainText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.content.DiscussStep;
import org.colloquy.content.Prose;
import org.colloquy.content.RespondStep;
import org.colloquy.content.Step;
import org.colloquy.content.ui.CitationPicker;
import org.colloquy.content.ui.ProseView;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.SaveOutcome;
import org.colloquy.lesson.SubmissionRecord;
import org.jspecify.annotations.Nullable;

/**
 * An open answer (a {@code respond} or {@code discuss} step): prompt, guidance, an autosaving editor, submit,
 * and every earlier submission with its time.
 */
class OpenAnswerPanel extends Div {

    private final StepContext context;
    private final Step step;
    private final DraftEditor editor;
    private final Span submissionState = new Span();
    private final NativeDetails history = new NativeDetails();
    private final Div historyEntries = new Div();
    private List<SubmissionRecord> submissions = List.of();

    static OpenAnswerPanel respond(RespondStep step, StepContext context) {
        String limits = step.minWords() > 0
                ? "Write %d to %d words.".formatted(step.minWords(), step.maxWords())
                : "Write up to %d words.".formatted(step.maxWords());
        return new OpenAnswerPanel(step, context, "Your answer", step.prompt(), step.guidance(), limits, "Submit answer");
    }

    static OpenAnswerPanel discuss(DiscussStep step, StepContext context) {
        String visibility = context.answers().anonymousToPeers(context.course().key(), context.promptKey(step))
                ? "Your classmates will not see your name; your instructors will."
                : "Your classmates will see your name with this contribution.";
        return new OpenAnswerPanel(step, context, "Your contribution", step.prompt(), null, visibility,
                "Submit contribution");
    }

    private OpenAnswerPanel(Step step, StepContext context, String fieldLabel, Prose prompt, @Nullable Prose guidance,
                            String helper, String submitLabel) {
        this.context = context;
        this.step = step;
        addClassNames("step-panel", "open-answer-step");
        add(PlainText.set(new H2(), step instanceof DiscussStep ? "Discussion question" : "Your turn"));
        add(new ProseView(prompt, context.course().reading()));
        if (guidance != null) {
            ProseView guidanceView = new ProseView(guidance, context.course().reading());
            guidanceView.addClassName("guidance");
            add(guidanceView);
        }
        AnswerSnapshot existing = context.state().answer(step.key()).orElse(null);
        editor = new DraftEditor(context.answers(), context.course().key(), context.promptKey(step),
                context.storageKey(step), fieldLabel, existing);
        editor.setHelperText(helper);
        editor.field().setId("answer-text");
        Button submit = new Button(submitLabel, click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-answer");
        submissionState.addClassName("submission-state");
        submissionState.getElement().setAttribute("role", "status");
        Div actions = new Div(submit, submissionState);
        actions.addClassName("actions");
        history.addClassName("submission-history");
        history.setContent(historyEntries);
        history.addToggleListener(toggle -> {
            if (toggle.isOpened()) {
                listSubmissions();
            }
        });
        add(editor, actions);
        showSubmissions(existing);
        add(CitationPicker.folded(context.course().reading(), editor::append));
        if (step instanceof DiscussStep) {
            Anchor discussion = new Anchor("course/" + context.course().key() + "/discussion/" + context.promptKey(step),
                    "Read and reply to your classmates' contributions");
            discussion.setId("open-discussion");
            add(discussion);
        }
        if (existing != null && existing.isSubmitted()) {
            context.answers().feedbackOnMyAnswer(context.course().key(), context.promptKey(step))
                    .ifPresent(note -> add(new FeedbackNoteView(note,
                            step instanceof RespondStep respond ? respond.rubric() : null)));
        }
    }

    private void submit() {
        SaveOutcome outcome = editor.submit(null);
        if (outcome instanceof SaveOutcome.Saved) {
            showSubmissions(null);
            context.onSubmitted().run();
        }
    }

    private void showSubmissions(@Nullable AnswerSnapshot existing) {
        List<SubmissionRecord> submitted = existing != null && existing.submissionCount() == 0
                ? List.of()
                : context.answers().history(context.course().key(), context.promptKey(step));
        if (submitted.isEmpty()) {
            PlainText.set(submissionState, "Not submitted yet. Your draft is saved as you type; submit when it is ready.");
            return;
        }
        if (!history.isAttached()) {
            getElement().insertChild(getElement().indexOfChild(submissionState.getParent().orElseThrow().getElement()) + 1,
                    history.getElement());
        }
        SubmissionRecord latest = submitted.getLast();
        PlainText.set(submissionState, "Submitted " + TimeDisplay.dateTime(latest.submittedAt())
                + (submitted.size() > 1 ? " (revision %d)".formatted(latest.number()) : "")
                + ". You can keep revising and submit again; every version is kept.");
        PlainText.set(history.getSummary(), "Your submissions (" + submitted.size() + ")");
        this.submissions = submitted;
        historyEntries.removeAll();
        if (history.isOpen()) {
            listSubmissions();
        }
    }

    /** Built when the student opens the list, because most never do and this panel is in every session. */
    private void listSubmissions() {
        historyEntries.removeAll();
        for (SubmissionRecord submission : submissions.reversed()) {
            Div entry = new Div();
            entry.addClassName("submission");
            Span when = PlainText.set(new Span(),
                    "Revision " + submission.number() + " · " + TimeDisplay.dateTime(submission.submittedAt()));
            when.addClassName("submission-time");
            Paragraph body = PlainText.set(new Paragraph(), submission.body());
            body.addClassName("submission-body");
            entry.add(when, body);
            historyEntries.add(entry);
        }
    }

    DraftEditor editor() {
        return editor;
    }
}

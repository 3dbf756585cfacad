package org.colloquy.lesson.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.colloquy.content.ui.ContentLanguage;
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
import org.colloquy.cohort.CohortRef;
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
                ? I18NProvider.translate("lesson.answer.words-between", step.minWords(), step.maxWords())
                : I18NProvider.translate("lesson.answer.words-up-to", step.maxWords());
        return new OpenAnswerPanel(step, context, I18NProvider.translate("lesson.answer.label"), step.prompt(),
                step.guidance(), limits, I18NProvider.translate("lesson.answer.submit"));
    }

    static OpenAnswerPanel discuss(DiscussStep step, StepContext context) {
        String visibility = context.answers().anonymousToPeers(context.course().key(), context.promptKey(step))
                ? I18NProvider.translate("lesson.discuss.anonymous")
                : I18NProvider.translate("lesson.discuss.named");
        return new OpenAnswerPanel(step, context, I18NProvider.translate("lesson.discuss.label"), step.prompt(), null,
                visibility, I18NProvider.translate("lesson.discuss.submit"));
    }

    private OpenAnswerPanel(Step step, StepContext context, String fieldLabel, Prose prompt, @Nullable Prose guidance,
                            String helper, String submitLabel) {
        this.context = context;
        this.step = step;
        addClassNames("step-panel", "open-answer-step");
        add(PlainText.set(new H2(), getTranslation(step instanceof DiscussStep ? "lesson.discuss.title" : "lesson.answer.title")));
        add(ContentLanguage.mark(new ProseView(prompt, context.course().reading()), context.course()));
        if (guidance != null) {
            ProseView guidanceView = ContentLanguage.mark(new ProseView(guidance, context.course().reading()), context.course());
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
            add(context.preview() ? classDiscussions() : discussionLink());
        }
        if (existing != null && existing.isSubmitted()) {
            context.answers().feedbackOnMyAnswer(context.course().key(), context.promptKey(step))
                    .ifPresent(note -> add(new FeedbackNoteView(note,
                            step instanceof RespondStep respond ? respond.rubric() : null)));
        }
    }

    private Anchor discussionLink() {
        Anchor discussion = new Anchor(LessonPages.discussion(context.course().key(), context.promptKey(step)),
                getTranslation("lesson.discuss.open-discussion"));
        discussion.setId("open-discussion");
        return discussion;
    }

    /** In a preview: the discussion of this prompt in each class the instructor teaches. */
    private Div classDiscussions() {
        Div links = new Div();
        links.addClassNames("actions", "class-discussions");
        if (context.classesTaught().isEmpty()) {
            links.add(new Paragraph(getTranslation("lesson.preview.no-class-discussion")));
        }
        for (CohortRef cohort : context.classesTaught()) {
            links.add(new Anchor(LessonPages.classDiscussion(cohort.id(), context.promptKey(step)),
                    getTranslation("lesson.preview.open-class-discussion", cohort.name())));
        }
        return links;
    }

    private void submit() {
        SaveOutcome outcome = editor.submit(null);
        if (outcome instanceof SaveOutcome.Saved && context.preview()) {
            PlainText.set(submissionState, getTranslation("lesson.preview.would-submit"));
        } else if (outcome instanceof SaveOutcome.Saved) {
            showSubmissions(null);
            context.onSubmitted().run();
        }
    }

    private void showSubmissions(@Nullable AnswerSnapshot existing) {
        List<SubmissionRecord> submitted = existing != null && existing.submissionCount() == 0
                ? List.of()
                : context.answers().history(context.course().key(), context.promptKey(step));
        if (submitted.isEmpty()) {
            PlainText.set(submissionState, getTranslation(context.preview() ? "lesson.preview.submit-checks"
                    : "lesson.answer.not-submitted"));
            return;
        }
        if (!history.isAttached()) {
            getElement().insertChild(getElement().indexOfChild(submissionState.getParent().orElseThrow().getElement()) + 1,
                    history.getElement());
        }
        SubmissionRecord latest = submitted.getLast();
        PlainText.set(submissionState, submitted.size() > 1
                ? getTranslation("lesson.answer.submitted-revision", TimeDisplay.dateTime(latest.submittedAt()),
                        latest.number())
                : getTranslation("lesson.answer.submitted", TimeDisplay.dateTime(latest.submittedAt())));
        PlainText.set(history.getSummary(), getTranslation("lesson.answer.history", submitted.size()));
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
                    getTranslation("lesson.answer.revision", submission.number(),
                            TimeDisplay.dateTime(submission.submittedAt())));
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

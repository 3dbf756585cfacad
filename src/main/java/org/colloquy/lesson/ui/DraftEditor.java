package org.colloquy.lesson.ui;

import org.colloquy.base.ui.PlainText;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.util.function.Consumer;
import org.colloquy.base.WordCount;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.SaveOutcome;
import org.jspecify.annotations.Nullable;

/**
 * A text field that never loses what the student typed. It autosaves a moment after typing stops and when the
 * field loses focus, shows the save state, keeps a copy in the browser until the server confirms, and when
 * another tab saved first shows both versions instead of overwriting either.
 */
@JavaScript("context://scripts/draft-keeper.js")
class DraftEditor extends Div {

    static final int AUTOSAVE_DELAY_MS = 1200;

    private final StepAnswers answers;
    private final String courseKey;
    private final String promptKey;
    private final String storageKey;
    private final TextArea text = new TextArea();
    private final Span wordCount = new Span();
    private final Span saveState = new Span();
    private final Div conflict = new Div();
    private int knownRevision;
    private String lastSavedText;
    private @Nullable Instant lastSavedAt;
    private Consumer<SaveOutcome.Saved> onSaved = saved -> { };

    DraftEditor(StepAnswers answers, String courseKey, String promptKey, String storageKey, String label,
                @Nullable AnswerSnapshot existing) {
        this.answers = answers;
        this.courseKey = courseKey;
        this.promptKey = promptKey;
        this.storageKey = storageKey;
        this.knownRevision = existing == null ? AnswerSnapshot.NONE_SAVED : existing.revision();
        this.lastSavedText = existing == null ? "" : existing.body();
        this.lastSavedAt = existing == null ? null : existing.savedAt();
        addClassName("draft-editor");

        text.setLabel(label);
        text.setWidthFull();
        text.setMinRows(6);
        text.setValue(lastSavedText);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(AUTOSAVE_DELAY_MS);
        text.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                saveDraft();
            }
        });
        text.addBlurListener(event -> saveDraft());

        wordCount.addClassName("word-count");
        saveState.addClassName("save-state");
        saveState.getElement().setAttribute("role", "status");
        Span pending = PlainText.set(new Span(), getTranslation("lesson.draft.saving"));
        pending.addClassName("save-pending");
        pending.getElement().setAttribute("aria-hidden", "true");
        Div meta = new Div(wordCount, saveState, pending);
        meta.addClassName("editor-meta");

        conflict.addClassName("conflict");
        add(text, meta);

        updateWordCount();
        PlainText.set(saveState, savedStateText());
    }

    void setHelperText(String helper) {
        text.setHelperText(helper);
    }

    void onSaved(Consumer<SaveOutcome.Saved> listener) {
        this.onSaved = listener;
    }

    /** Adds text at the end, as if typed, and saves. */
    void append(String addition) {
        String current = text.getValue();
        text.setValue(current.isEmpty() || current.endsWith(" ") ? current + addition : current + " " + addition);
        saveDraft();
        text.focus();
    }

    String value() {
        return text.getValue();
    }

    int knownRevision() {
        return knownRevision;
    }

    TextArea field() {
        return text;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (!answers.keepsWork()) {
            return;
        }
        getElement().executeJs("window.colloquyDraft && window.colloquyDraft.attach(this, $0, $1)", storageKey,
                knownRevision);
    }

    /** Called by the browser when it holds text typed here that the server never confirmed. */
    @ClientCallable
    void restoreLocalDraft(String keptText, int baseRevision) {
        if (keptText.equals(text.getValue())) {
            return;
        }
        if (baseRevision == knownRevision) {
            text.setValue(keptText);
            saveDraft();
            PlainText.set(saveState, getTranslation("lesson.draft.restored", PlainText.of(saveState)));
        } else {
            showConflict(keptText, text.getValue(), getTranslation("lesson.draft.saved-version"), knownRevision);
        }
    }

    void saveDraft() {
        String current = text.getValue();
        if (current.equals(lastSavedText) || conflict.isAttached()) {
            if (!conflict.isAttached()) {
                showSavedAgain();
                confirmSaved(current);
            }
            return;
        }
        apply(answers.saveDraft(courseKey, promptKey, current, knownRevision), current);
    }

    /** Submits the text as it is now; returns the outcome so the caller can show the submission. */
    SaveOutcome submit(@Nullable String choice) {
        String current = text.getValue();
        SaveOutcome outcome = answers.submit(courseKey, promptKey, current, choice, knownRevision);
        apply(outcome, current);
        return outcome;
    }

    private void apply(SaveOutcome outcome, String sentText) {
        switch (outcome) {
            case SaveOutcome.Saved saved -> {
                knownRevision = saved.revision();
                lastSavedText = sentText;
                lastSavedAt = saved.savedAt();
                saveState.removeClassName("error");
                PlainText.set(saveState, savedStateText());
                confirmSaved(sentText);
                onSaved.accept(saved);
            }
            case SaveOutcome.Refused refused -> {
                saveState.addClassName("error");
                PlainText.set(saveState, RefusalText.of(this, refused));
                getElement().executeJs("this.removeAttribute('data-pending')");
            }
            case SaveOutcome.Conflict conflicted -> showConflict(sentText, conflicted.theirs().body(),
                    getTranslation("lesson.draft.saved-version-from", TimeDisplay.time(conflicted.theirs().savedAt())),
                    conflicted.theirs().revision());
        }
        updateWordCount();
    }

    /** The text is back to what is saved, after a refused save said otherwise: say it is saved again. */
    private void showSavedAgain() {
        if (saveState.hasClassName("error")) {
            saveState.removeClassName("error");
            PlainText.set(saveState, savedStateText());
        }
    }

    private String savedStateText() {
        if (!answers.keepsWork()) {
            return getTranslation("lesson.preview.not-saved");
        }
        return lastSavedAt == null ? getTranslation("lesson.draft.not-saved-yet")
                : getTranslation("lesson.draft.saved", TimeDisplay.time(lastSavedAt));
    }

    private void confirmSaved(String savedText) {
        if (!answers.keepsWork()) {
            return;
        }
        getElement().executeJs("window.colloquyDraft && window.colloquyDraft.saved(this, $0, $1)", savedText,
                knownRevision);
    }

    private void showConflict(String mine, String theirs, String theirsTitle, int theirRevision) {
        saveState.addClassName("error");
        PlainText.set(saveState, getTranslation("lesson.draft.conflict"));
        conflict.removeAll();
        Div mineBox = version(getTranslation("lesson.draft.your-version"), mine);
        Div theirsBox = version(theirsTitle, theirs);
        Button keepMine = new Button(getTranslation("lesson.draft.keep-mine"), click -> resolve(mine, theirRevision));
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button useTheirs = new Button(getTranslation("lesson.draft.use-saved"), click -> resolve(theirs, theirRevision));
        Div actions = new Div(keepMine, useTheirs);
        actions.addClassName("actions");
        conflict.add(new H3(getTranslation("lesson.draft.two-versions")), new Div(mineBox, theirsBox), actions);
        add(conflict);
        keepMine.focus();
    }

    private void resolve(String chosen, int theirRevision) {
        conflict.removeAll();
        remove(conflict);
        knownRevision = theirRevision;
        text.setValue(chosen);
        apply(answers.saveDraft(courseKey, promptKey, chosen, knownRevision), chosen);
    }

    private Div version(String title, String body) {
        Paragraph words = new Paragraph(body.isEmpty() ? getTranslation("lesson.draft.empty") : body);
        words.addClassName("version-text");
        Div box = new Div(new Span(title), words);
        box.addClassName("version");
        return box;
    }

    private void updateWordCount() {
        int words = WordCount.of(text.getValue());
        PlainText.set(wordCount, getTranslation("lesson.draft.word-count", words));
    }
}

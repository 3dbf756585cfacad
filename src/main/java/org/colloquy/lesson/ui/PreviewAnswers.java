package org.colloquy.lesson.ui;

import java.util.List;
import java.util.Optional;
import org.colloquy.lesson.FeedbackNote;
import org.colloquy.lesson.LessonPreviewService;
import org.colloquy.lesson.SaveOutcome;
import org.colloquy.lesson.SubmissionRecord;
import org.jspecify.annotations.Nullable;

/**
 * An instructor's preview: what is typed meets a student's checks and is never kept, so there is no history. A preview
 * of a studio draft ({@code studioDraft} not null) checks against the draft's course, which no catalog serves.
 */
record PreviewAnswers(LessonPreviewService preview, @Nullable Long studioDraft) implements StepAnswers {

    PreviewAnswers(LessonPreviewService preview) {
        this(preview, null);
    }

    @Override
    public boolean keepsWork() {
        return false;
    }

    @Override
    public SaveOutcome saveDraft(String courseKey, String promptKey, String body, int expectedRevision) {
        return studioDraft == null ? preview.trySaveDraft(courseKey, promptKey, body)
                : preview.trySaveDraftFromStudio(studioDraft, promptKey, body);
    }

    @Override
    public SaveOutcome submit(String courseKey, String promptKey, String body, @Nullable String choice,
                              int expectedRevision) {
        return studioDraft == null ? preview.trySubmit(courseKey, promptKey, body, choice)
                : preview.trySubmitFromStudio(studioDraft, promptKey, body, choice);
    }

    @Override
    public List<SubmissionRecord> history(String courseKey, String promptKey) {
        return List.of();
    }

    @Override
    public Optional<FeedbackNote> feedbackOnMyAnswer(String courseKey, String promptKey) {
        return Optional.empty();
    }

    @Override
    public boolean anonymousToPeers(String courseKey, String promptKey) {
        return studioDraft == null && preview.anonymousToPeers(courseKey, promptKey);
    }
}

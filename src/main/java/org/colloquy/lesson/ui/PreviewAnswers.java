package org.colloquy.lesson.ui;

import java.util.List;
import java.util.Optional;
import org.colloquy.lesson.FeedbackNote;
import org.colloquy.lesson.LessonPreviewService;
import org.colloquy.lesson.SaveOutcome;
import org.colloquy.lesson.SubmissionRecord;
import org.jspecify.annotations.Nullable;

/** An instructor's preview: what is typed meets a student's checks and is never kept, so there is no history. */
record PreviewAnswers(LessonPreviewService preview) implements StepAnswers {

    @Override
    public boolean keepsWork() {
        return false;
    }

    @Override
    public SaveOutcome saveDraft(String courseKey, String promptKey, String body, int expectedRevision) {
        return preview.trySaveDraft(courseKey, promptKey, body);
    }

    @Override
    public SaveOutcome submit(String courseKey, String promptKey, String body, @Nullable String choice,
                              int expectedRevision) {
        return preview.trySubmit(courseKey, promptKey, body, choice);
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
        return preview.anonymousToPeers(courseKey, promptKey);
    }
}

package org.colloquy.lesson.ui;

import java.util.List;
import java.util.Optional;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.FeedbackNote;
import org.colloquy.lesson.SaveOutcome;
import org.colloquy.lesson.SubmissionRecord;
import org.jspecify.annotations.Nullable;

/** The signed-in student's own answers, stored. */
record StudentAnswers(AnswerService answers) implements StepAnswers {

    @Override
    public boolean keepsWork() {
        return true;
    }

    @Override
    public SaveOutcome saveDraft(String courseKey, String promptKey, String body, int expectedRevision) {
        return answers.saveDraft(courseKey, promptKey, body, null, expectedRevision);
    }

    @Override
    public SaveOutcome submit(String courseKey, String promptKey, String body, @Nullable String choice,
                              int expectedRevision) {
        return answers.submit(courseKey, promptKey, body, choice, expectedRevision);
    }

    @Override
    public List<SubmissionRecord> history(String courseKey, String promptKey) {
        return answers.history(courseKey, promptKey);
    }

    @Override
    public Optional<FeedbackNote> feedbackOnMyAnswer(String courseKey, String promptKey) {
        return answers.feedbackOnMyAnswer(courseKey, promptKey);
    }

    @Override
    public boolean anonymousToPeers(String courseKey, String promptKey) {
        return answers.anonymousToPeers(courseKey, promptKey);
    }
}

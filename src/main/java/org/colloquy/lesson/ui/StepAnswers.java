package org.colloquy.lesson.ui;

import java.util.List;
import java.util.Optional;
import org.colloquy.lesson.FeedbackNote;
import org.colloquy.lesson.SaveOutcome;
import org.colloquy.lesson.SubmissionRecord;
import org.jspecify.annotations.Nullable;

/**
 * Where a step panel sends what is typed: a student's own stored answers, or a preview that checks them as a
 * student's would be checked and keeps nothing.
 */
interface StepAnswers {

    /** False in a preview: nothing is saved, in the database or in the browser. */
    boolean keepsWork();

    SaveOutcome saveDraft(String courseKey, String promptKey, String body, int expectedRevision);

    SaveOutcome submit(String courseKey, String promptKey, String body, @Nullable String choice, int expectedRevision);

    List<SubmissionRecord> history(String courseKey, String promptKey);

    Optional<FeedbackNote> feedbackOnMyAnswer(String courseKey, String promptKey);

    boolean anonymousToPeers(String courseKey, String promptKey);
}

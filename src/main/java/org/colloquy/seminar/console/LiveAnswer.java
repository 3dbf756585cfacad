package org.colloquy.seminar.console;

import org.jspecify.annotations.Nullable;
import org.colloquy.seminar.session.Approval;

/**
 * A live answer as the leader sees it in the presenter console: with the student's name, or the name a guest gave
 * ({@code guest}), or no name when the account is gone. {@code point} is the point of the agree–disagree scale
 * chosen (1 to 5, named by the view in the leader's language), 0 for any other answer. {@code revision} counts the
 * times it was sent: approving what the console showed approves that revision only.
 */
public record LiveAnswer(long id, @Nullable String studentName, boolean guest, String body, @Nullable String choiceLabel,
                         int point, Approval approval, int revision) {

    public boolean waiting() {
        return approval == Approval.PENDING;
    }
}

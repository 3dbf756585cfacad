package org.colloquy.seminar;

import org.jspecify.annotations.Nullable;

/**
 * A live answer as the leader sees it in the presenter console: with the student's name, or the name a guest gave
 * ({@code guest}), or no name when the account is gone.
 */
public record LiveAnswer(long id, @Nullable String studentName, boolean guest, String body, @Nullable String choiceLabel,
                         Approval approval) {
}

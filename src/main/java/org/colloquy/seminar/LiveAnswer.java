package org.colloquy.seminar;

import org.jspecify.annotations.Nullable;

/** A live answer as the leader sees it in the presenter console: with the student's name. */
public record LiveAnswer(long id, String studentName, String body, @Nullable String choiceLabel,
                         Approval approval) {
}

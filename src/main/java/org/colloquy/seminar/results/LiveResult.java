package org.colloquy.seminar.results;

import org.colloquy.base.Author;
import java.time.Instant;
import org.colloquy.seminar.session.Approval;

/**
 * One person's live answer to one prompt, as the class's instructors review it afterwards, by name (a former member
 * when the account is gone). {@code point} is the point
 * of the agree–disagree scale chosen (1 to 5; views name it in the reader's language), 0 for any other answer.
 */
public record LiveResult(long userId, Author student, boolean inClass, String answer, int point, Approval approval,
                         Instant answeredAt) {
}

package org.colloquy.seminar.results;

import java.time.Instant;
import org.colloquy.seminar.session.Approval;

/**
 * One live answer to one prompt, as the class's instructors review it afterwards, with who gave it. {@code point} is
 * the point of the agree–disagree scale chosen (1 to 5; views name it in the reader's language), 0 for any other
 * answer.
 */
public record LiveResult(Answerer answerer, String answer, int point, Approval approval, Instant answeredAt) {
}

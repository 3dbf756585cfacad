package org.colloquy.seminar.results;

import org.colloquy.base.i18n.Text;
import java.time.Instant;
import org.colloquy.seminar.session.Approval;

/**
 * One of a student's live answers, across the sessions of her class, for her instructors. {@code point} is the
 * point of the agree–disagree scale she chose (1 to 5; views name it in the reader's language), 0 for any other answer.
 */
public record StudentLiveAnswer(long sessionId, Text sessionTitle, Instant sessionStartedAt, int promptNumber,
                                String prompt, String answer, int point, Approval approval) {
}

package org.colloquy.seminar.results;

import java.time.Instant;
import org.colloquy.seminar.session.Approval;
import org.jspecify.annotations.Nullable;

/**
 * A live answer a student of a class gave in one of the class's live sessions, for the class's instructors: the
 * review queue, the gradebook and the exports show it beside her lesson work, marked as live. {@code answer} is the
 * text, or the label of the option she chose; {@code choice} the key she chose (a poll's option, a point of the
 * scale), null for an open answer; {@code point} the point of the agree–disagree scale, 0 for any other answer.
 */
public record ClassLiveAnswer(long sessionId, Instant sessionStartedAt, long studentId, String promptKey,
                              String answer, @Nullable String choice, int point, Approval approval,
                              Instant answeredAt) {

    /** The lesson the prompt belongs to, the part of the prompt key before its slash. */
    public String lessonKey() {
        int slash = promptKey.indexOf('/');
        return slash < 0 ? promptKey : promptKey.substring(0, slash);
    }
}

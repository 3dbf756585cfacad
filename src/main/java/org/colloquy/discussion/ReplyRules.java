package org.colloquy.discussion;

import java.time.Instant;
import java.util.Optional;
import org.colloquy.base.AnswerText;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.base.i18n.Text;
import org.colloquy.content.Citations;
import org.colloquy.content.Reading;

/** What every reply must be, a student's or an instructor's: some text, not too long, citing the reading rightly, not a flood. */
final class ReplyRules {

    static final int MAX_REPLY_LENGTH = 2000;
    static final int MAX_REPLIES_PER_MINUTE = 6;

    private ReplyRules() {
    }

    /** The reply as it is stored, or a refusal that says what to change. */
    static String checkedBody(String text, Reading reading) {
        String body = AnswerText.clean(text).strip();
        if (body.isEmpty()) {
            throw Refusal.of("discussion.refused.write-first");
        }
        if (body.length() > MAX_REPLY_LENGTH) {
            throw Refusal.of("discussion.refused.too-long", body.length(), MAX_REPLY_LENGTH);
        }
        Optional<Text> citationProblem = Citations.problem(body, reading);
        if (citationProblem.isPresent()) {
            throw new Refusal(citationProblem.get());
        }
        return body;
    }

    static void requireNotFlooding(ReplyRepository replies, long authorId, Instant now) {
        if (replies.countByAuthorIdAndCreatedAtAfter(authorId, now.minusSeconds(60)) >= MAX_REPLIES_PER_MINUTE) {
            throw Refusal.of("discussion.refused.flood", MAX_REPLIES_PER_MINUTE);
        }
    }
}

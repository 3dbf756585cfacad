package org.colloquy.discussion;

import org.colloquy.base.i18n.HasReason;
import org.colloquy.base.i18n.Text;
import org.springframework.security.access.AccessDeniedException;

/** Classmates' posts stay closed until the student has posted her own: an access rule that says what to do. */
public class PostFirstException extends AccessDeniedException implements HasReason {

    private static final Text REASON = Text.of("discussion.refused.post-first");

    public PostFirstException() {
        super(REASON.english());
    }

    @Override
    public Text reason() {
        return REASON;
    }
}

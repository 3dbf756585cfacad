package org.colloquy.mail;

/** What a message is about; each has its own template. */
public enum MailKind {
    /** A new account: the link to choose her first password. */
    INVITATION,
    /** A link to choose a new password. */
    PASSWORD_RESET,
    /** Feedback on one of her answers was released. */
    FEEDBACK_RELEASED,
    /** Someone replied to her post. */
    REPLY_POSTED,
    /** A lesson is due for her in about a day. */
    LESSON_DUE_SOON
}

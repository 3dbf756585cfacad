package org.colloquy.mail.ui;

import org.colloquy.base.ui.PageAddress;

/** Where a person chooses which email she gets, and where admins watch the outbox. */
public final class MailPages {

    private MailPages() {
    }

    /** Her email settings: the address mail goes to, reminders on or off. */
    public static String settings() {
        return PageAddress.of(MailSettingsView.class);
    }

    /** The admin page of messages that failed or wait to be sent. */
    public static String admin() {
        return PageAddress.of(MailAdminView.class);
    }
}

package org.colloquy.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What one person chose about her email (V21); a person without a row gets reminders. */
@Entity
@Table(name = "mail_preference")
class MailPreference {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(nullable = false)
    private boolean reminders;

    protected MailPreference() {
    }

    MailPreference(long accountId, boolean reminders) {
        this.accountId = accountId;
        this.reminders = reminders;
    }

    boolean reminders() {
        return reminders;
    }

    void setReminders(boolean reminders) {
        this.reminders = reminders;
    }
}

package org.colloquy.mail;

import org.colloquy.identity.Contact;
import org.colloquy.identity.Contacts;
import org.colloquy.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own email settings: where her mail goes, and whether she gets reminders. */
@Service
@PreAuthorize("isAuthenticated()")
public class MailPreferenceService {

    private final CurrentUser currentUser;
    private final Contacts contacts;
    private final MailPreferenceRepository preferences;
    private final MailSending sending;

    MailPreferenceService(CurrentUser currentUser, Contacts contacts, MailPreferenceRepository preferences,
                          MailSending sending) {
        this.currentUser = currentUser;
        this.contacts = contacts;
        this.preferences = preferences;
        this.sending = sending;
    }

    /** Whether this app sends email at all: without a mail server there is nothing to choose. */
    public boolean sendingOn() {
        return sending.on();
    }

    @Transactional(readOnly = true)
    public MyEmail mine() {
        long me = currentUser.require().id();
        String address = contacts.of(me).map(Contact::email).orElse(null);
        return new MyEmail(address, sending.on(), preferences.findById(me).map(MailPreference::reminders).orElse(true));
    }

    /** Turns her reminders a day before a lesson is due on or off. */
    @Transactional
    public void setReminders(boolean on) {
        long me = currentUser.require().id();
        preferences.findById(me).ifPresentOrElse(preference -> preference.setReminders(on),
                () -> preferences.save(new MailPreference(me, on)));
    }
}

package org.colloquy.mail.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.colloquy.base.ui.PlainText;
import org.colloquy.mail.MailPreferenceService;
import org.colloquy.mail.MyEmail;

/** A signed-in person sees where her email goes and turns reminders before a lesson is due on or off. */
@Route("account/email")
@PermitAll
class MailSettingsView extends Main implements HasDynamicTitle {

    MailSettingsView(MailPreferenceService preferences) {
        setId("main-content");
        addClassNames("page", "mail-settings-view");
        MyEmail mine = preferences.mine();
        Paragraph where = new Paragraph();
        where.setId("mail-address");
        String address = mine.address();
        if (!mine.sendingOn()) {
            PlainText.set(where, getTranslation("mail.settings.off"));
        } else if (address == null) {
            PlainText.set(where, getTranslation("mail.settings.no-address"));
        } else {
            PlainText.set(where, getTranslation("mail.settings.address", address));
        }
        Paragraph what = PlainText.set(new Paragraph(), getTranslation("mail.settings.what"));
        Checkbox reminders = new Checkbox(getTranslation("mail.settings.reminders"), mine.reminders());
        reminders.setId("mail-reminders");
        Paragraph saved = new Paragraph();
        saved.setId("mail-reminders-saved");
        saved.getElement().setAttribute("role", "status");
        reminders.addValueChangeListener(change -> {
            preferences.setReminders(change.getValue());
            PlainText.set(saved, getTranslation(change.getValue() ? "mail.settings.saved-on"
                    : "mail.settings.saved-off"));
        });
        add(new H1(getTranslation("mail.settings.title")), where, what, reminders, saved);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.page-title", getTranslation("mail.settings.title"));
    }
}

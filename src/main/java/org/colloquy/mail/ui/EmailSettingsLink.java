package org.colloquy.mail.ui;

import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import org.colloquy.base.ui.NavbarItem;
import org.colloquy.base.ui.PlainText;
import org.colloquy.mail.MailPreferenceService;
import org.springframework.stereotype.Component;

/** Puts the "Email" link, to her email settings, into the top bar of a signed-in person, when this app sends email. */
@Component
class EmailSettingsLink implements NavbarItem {

    private final MailPreferenceService preferences;

    EmailSettingsLink(MailPreferenceService preferences) {
        this.preferences = preferences;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        if (!preferences.sendingOn()) {
            return Optional.empty();
        }
        RouterLink link = new RouterLink();
        link.setRoute(MailSettingsView.class);
        link.setId("email-settings-link");
        link.addClassName("email-settings-link");
        PlainText.set(link, link.getTranslation("mail.settings.link"));
        return Optional.of(link);
    }
}

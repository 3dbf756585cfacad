package org.colloquy.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.colloquy.base.i18n.InterfaceLanguage;
import org.colloquy.base.i18n.LanguagePreference;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import java.util.Locale;

/**
 * Which language the interface speaks to this browser session. Without a choice it is the browser's first language
 * among ours (Vaadin matches it). A choice made before signing in lasts for the session and becomes the account's
 * choice at sign-in; a signed-in person's stored choice is applied at sign-in; a change applies at once.
 */
@Component
public class LanguageSwitch implements VaadinServiceInitListener {

    private final ObjectProvider<LanguagePreference> preferences;
    private final AuthenticationContext authentication;

    LanguageSwitch(ObjectProvider<LanguagePreference> preferences, AuthenticationContext authentication) {
        this.preferences = preferences;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    /** The language this UI speaks: the session's choice, settled for whoever is signed in now. */
    void apply(UI ui) {
        VaadinSession session = ui.getSession();
        LanguageChoice choice = settle(session.getAttribute(LanguageChoice.class));
        session.setAttribute(LanguageChoice.class, choice);
        if (choice != null && choice.language() != null) {
            ui.setLocale(choice.language().locale());
        }
        ui.getElement().executeJs("document.documentElement.lang = $0",
                InterfaceLanguage.closestTo(ui.getLocale()).locale().toLanguageTag());
        // what the browser shows while it has lost the server (bad Wi-Fi), instead of Vaadin's English
        ui.getReconnectDialogConfiguration().setDialogText(ui.getTranslation("base.connection.reconnecting"));
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(ui.getTranslation("base.connection.lost"));
    }

    private @Nullable LanguageChoice settle(@Nullable LanguageChoice choice) {
        String username = authentication.getPrincipalName().orElse(null);
        if (username == null) {
            return choice != null && choice.username() == null ? choice : null;
        }
        if (choice != null && username.equals(choice.username())) {
            return choice;
        }
        if (choice != null && choice.username() == null && choice.language() != null) {
            preference().ifPresent(preference -> preference.store(choice.language()));
            return new LanguageChoice(username, choice.language());
        }
        return new LanguageChoice(username, preference().flatMap(LanguagePreference::stored).orElse(null));
    }

    /** Switches this session to a language, keeps it for a signed-in person, and shows the page again in it. */
    public void choose(InterfaceLanguage language) {
        UI ui = UI.getCurrent();
        String username = authentication.getPrincipalName().orElse(null);
        if (username != null) {
            preference().ifPresent(preference -> preference.store(language));
        }
        ui.getSession().setAttribute(LanguageChoice.class, new LanguageChoice(username, language));
        ui.getSession().setLocale(language.locale());
        ui.setLocale(language.locale());
        ui.getPage().reload();
    }

    /** The language the current UI speaks. */
    public static InterfaceLanguage current() {
        UI ui = UI.getCurrent();
        return InterfaceLanguage.closestTo(ui == null ? Locale.ENGLISH : ui.getLocale());
    }

    /** A new picker for one page: the three languages by their own names. */
    public LanguagePicker picker() {
        return new LanguagePicker(current(), I18NProvider.translate("base.language"), this::choose);
    }

    private Optional<LanguagePreference> preference() {
        return Optional.ofNullable(preferences.getIfAvailable());
    }
}

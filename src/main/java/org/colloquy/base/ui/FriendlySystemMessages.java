package org.colloquy.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Tells people what happened when the session ends or the server is gone, and that their text is safe, in the
 * language of their browser.
 */
@Component
class FriendlySystemMessages implements VaadinServiceInitListener {

    private final I18NProvider texts;

    FriendlySystemMessages(I18NProvider texts) {
        this.texts = texts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> messages(info.getLocale()));
    }

    CustomizedSystemMessages messages(Locale locale) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(texts.getTranslation("base.session-expired.caption", locale));
        messages.setSessionExpiredMessage(texts.getTranslation("base.session-expired.message", locale));
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setInternalErrorCaption(texts.getTranslation("base.internal-error.caption", locale));
        messages.setInternalErrorMessage(texts.getTranslation("base.internal-error.message", locale));
        return messages;
    }
}

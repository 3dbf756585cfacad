package org.colloquy.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Tells people what happened when the session ends or the server is gone, and that their text is safe. */
@Component
class FriendlySystemMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption("Your session has ended");
        messages.setSessionExpiredMessage("Anything you typed is kept on this device. Click here or press Esc "
                + "to sign in again and carry on where you were.");
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setInternalErrorCaption("Something went wrong on our side");
        messages.setInternalErrorMessage("Your text is kept on this device. Click here or press Esc to reload the page.");
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}

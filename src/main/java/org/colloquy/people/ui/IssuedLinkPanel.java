package org.colloquy.people.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.colloquy.base.ui.ApplicationAddress;
import org.colloquy.base.ui.ClipboardButton;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.identity.IssuedLink;
import org.colloquy.identity.OutgoingMail;
import org.colloquy.identity.ui.IdentityPages;
import org.jspecify.annotations.Nullable;

/**
 * A one-time link just issued: the link to copy, until when it works, and, when this server sends mail and the
 * person has an address, that it was sent there too.
 */
final class IssuedLinkPanel extends Div {

    IssuedLinkPanel(IssuedLink link, @Nullable String email, OutgoingMail mail, String intro) {
        addClassName("issued-link");
        setId("issued-link");
        getElement().setAttribute("role", "status");
        add(new Paragraph(intro));
        if (mail.isSetUp() && email != null) {
            Paragraph sent = new Paragraph(getTranslation("people.link.sent", email));
            sent.setId("issued-link-sent");
            add(sent);
        }
        String address = ApplicationAddress.of(IdentityPages.setPassword(link.token()));
        TextField field = new TextField(getTranslation("people.link.label"));
        field.setId("issued-link-address");
        field.setValue(address);
        field.setReadOnly(true);
        field.setWidthFull();
        field.setHelperText(getTranslation("people.link.expires", TimeDisplay.dateTime(link.expiresAt())));
        add(field, ClipboardButton.copying(address, getTranslation("account.copy")));
    }
}

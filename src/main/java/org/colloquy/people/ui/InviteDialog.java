package org.colloquy.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Set;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.base.i18n.Translated;
import org.colloquy.base.ui.TypingLimit;
import org.colloquy.identity.AccountAdministration;
import org.colloquy.identity.AccountService;
import org.colloquy.identity.IssuedLink;
import org.colloquy.identity.OutgoingMail;
import org.colloquy.identity.Role;

/** Invites an instructor, a seminar leader or an admin: name, address and roles; then the link to hand out. */
final class InviteDialog extends Dialog {

    InviteDialog(AccountAdministration administration, OutgoingMail mail, Runnable invited) {
        setId("invite-dialog");
        setHeaderTitle(getTranslation("people.invite.title"));
        setWidth("min(36em, 95vw)");
        TextField name = new TextField(getTranslation("people.invite.name"));
        name.setId("invite-name");
        name.setWidthFull();
        TypingLimit.on(name, AccountService.MAX_DISPLAY_NAME_LENGTH);
        EmailField email = new EmailField(getTranslation("people.invite.email"));
        email.setId("invite-email");
        email.setWidthFull();
        TypingLimit.on(email, AccountAdministration.MAX_EMAIL_LENGTH);
        CheckboxGroup<Role> roles = PeopleView.roleChoice(getTranslation("people.invite.roles"),
                EnumSet.of(Role.INSTRUCTOR, Role.SEMINAR_LEADER, Role.ADMIN));
        roles.setId("invite-roles");
        roles.setValue(Set.of(Role.INSTRUCTOR));
        Div result = new Div();
        Paragraph explanation = new Paragraph(getTranslation(mail.isSetUp() ? "people.invite.explanation.mail"
                : "people.invite.explanation.no-mail"));
        add(explanation, name, email, roles, result);

        Button cancel = new Button(getTranslation("people.close"), click -> close());
        Button invite = new Button(getTranslation("people.invite.send"));
        invite.setId("invite-send");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> {
            name.setInvalid(false);
            email.setInvalid(false);
            roles.setInvalid(false);
            try {
                IssuedLink link = administration.invite(name.getValue(), email.getValue(), roles.getValue());
                result.removeAll();
                result.add(new IssuedLinkPanel(link, email.getValue().strip(), mail,
                        getTranslation("people.invite.done", name.getValue().strip())));
                invite.setEnabled(false);
                invited.run();
            } catch (Refusal refused) {
                String key = refused.reason().key();
                if (key.contains("email")) {
                    email.setErrorMessage(Translated.reason(refused));
                    email.setInvalid(true);
                    email.focus();
                } else if (key.contains("roles")) {
                    roles.setErrorMessage(Translated.reason(refused));
                    roles.setInvalid(true);
                } else {
                    name.setErrorMessage(Translated.reason(refused));
                    name.setInvalid(true);
                    name.focus();
                }
            }
        });
        getFooter().add(cancel, invite);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                name.focus();
            }
        });
    }
}

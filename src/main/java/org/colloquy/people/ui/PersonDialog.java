package org.colloquy.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumSet;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.base.i18n.Translated;
import org.colloquy.identity.AccountAdministration;
import org.colloquy.identity.IssuedLink;
import org.colloquy.identity.OutgoingMail;
import org.colloquy.identity.Person;
import org.colloquy.identity.Role;

/**
 * One person for an admin: her roles, a link to choose a new password, and deactivating or reactivating her account.
 * Every refusal is said in the dialog, next to what was tried.
 */
final class PersonDialog extends Dialog {

    private final Paragraph status = new Paragraph();

    PersonDialog(Person person, AccountAdministration administration, OutgoingMail mail, Runnable changed) {
        setId("person-dialog");
        setHeaderTitle(person.displayName());
        setWidth("min(40em, 95vw)");
        status.setId("person-status");
        status.getElement().setAttribute("role", "status");

        Paragraph who = new Paragraph(getTranslation("people.person.who", person.username(),
                person.email() == null ? getTranslation("people.no-email") : person.email()));
        CheckboxGroup<Role> roles = PeopleView.roleChoice(getTranslation("people.person.roles"),
                EnumSet.allOf(Role.class));
        roles.setId("person-roles");
        roles.setValue(person.roles());
        Button saveRoles = new Button(getTranslation("people.person.save-roles"));
        saveRoles.setId("person-save-roles");
        saveRoles.addClickListener(click -> {
            roles.setInvalid(false);
            try {
                administration.changeRoles(person.id(), roles.getValue());
                say(getTranslation("people.person.roles-saved"), false);
                changed.run();
            } catch (Refusal refused) {
                roles.setErrorMessage(Translated.reason(refused));
                roles.setInvalid(true);
            }
        });

        Div link = new Div();
        Button reset = new Button(getTranslation("people.person.reset"));
        reset.setId("person-reset");
        reset.addClickListener(click -> attempt(() -> {
            IssuedLink issued = administration.resetLink(person.id());
            link.removeAll();
            link.add(new IssuedLinkPanel(issued, person.email(), mail,
                    getTranslation("people.person.reset-done", person.displayName())));
            changed.run();
        }));
        reset.setEnabled(person.active());

        Button state = new Button(getTranslation(person.active() ? "people.person.deactivate" : "people.person.reactivate"));
        state.setId(person.active() ? "person-deactivate" : "person-reactivate");
        if (person.active()) {
            state.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Paragraph stateExplanation = new Paragraph(getTranslation(person.active()
                ? "people.person.deactivate-explanation" : "people.person.reactivate-explanation"));
        state.addClickListener(click -> attempt(() -> {
            if (person.active()) {
                administration.deactivate(person.id());
            } else {
                administration.reactivate(person.id());
            }
            changed.run();
            close();
        }));

        add(who, roles, new Div(saveRoles),
                new H3(getTranslation("people.person.password")), new Paragraph(getTranslation(
                        "people.person.reset-explanation")), reset, link,
                new H3(getTranslation("people.person.account")), stateExplanation, state, status);
        getFooter().add(new Button(getTranslation("people.close"), click -> close()));
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (Refusal refused) {
            say(Translated.reason(refused), true);
        }
    }

    private void say(String text, boolean problem) {
        status.setText(text);
        status.getElement().setAttribute("role", problem ? "alert" : "status");
        if (problem) {
            status.addClassName("form-error");
        } else {
            status.removeClassName("form-error");
        }
    }
}

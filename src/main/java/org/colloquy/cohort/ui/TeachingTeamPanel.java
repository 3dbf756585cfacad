package org.colloquy.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.base.i18n.Translated;
import org.colloquy.base.ui.ApplicationAddress;
import org.colloquy.base.ui.ClipboardButton;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.base.ui.TypingLimit;
import org.colloquy.cohort.CohortService;
import org.colloquy.cohort.TeamInvitation;
import org.colloquy.identity.AccountService;
import org.colloquy.identity.OutgoingMail;
import org.colloquy.identity.Role;
import org.colloquy.identity.ui.IdentityPages;
import org.springframework.modulith.NamedInterface;

/**
 * The class's teaching team: an instructor asks a colleague in, as a co-instructor or a seminar leader, by username or
 * email; someone new gets an account and a one-time link to choose a password (emailed when this server sends mail).
 */
@NamedInterface("ui")
public class TeachingTeamPanel extends Div {

    public TeachingTeamPanel(CohortService cohorts, OutgoingMail mail, long cohortId) {
        addClassNames("dashboard-section", "co-teachers");
        TextField colleague = new TextField(getTranslation("account.team.who"));
        colleague.setPlaceholder(getTranslation("account.team.who-placeholder"));
        colleague.setId("colleague-username");
        TypingLimit.on(colleague, 254);
        TextField name = new TextField(getTranslation("account.team.name"));
        name.setId("colleague-name");
        TypingLimit.on(name, AccountService.MAX_DISPLAY_NAME_LENGTH, getTranslation("account.team.name-help"));
        RadioButtonGroup<Role> role = new RadioButtonGroup<>(getTranslation("account.team.role"));
        role.setId("colleague-role");
        role.setItems(Role.INSTRUCTOR, Role.SEMINAR_LEADER);
        role.setItemLabelGenerator(each -> getTranslation("account.team.role." + each.name()));
        role.setValue(Role.INSTRUCTOR);
        Div result = new Div();
        result.setId("colleague-result");
        result.getElement().setAttribute("role", "status");
        Button add = new Button(getTranslation("account.team.add"), click -> {
            result.removeAll();
            colleague.setInvalid(false);
            name.setInvalid(false);
            try {
                TeamInvitation outcome = cohorts.inviteToTeach(cohortId, colleague.getValue(), name.getValue(),
                        role.getValue());
                switch (outcome) {
                    case TeamInvitation.Added added ->
                            result.add(new Paragraph(getTranslation("account.team.added", added.displayName())));
                    case TeamInvitation.Invited invited -> showLink(result, invited, mail);
                }
                colleague.clear();
                name.clear();
            } catch (Refusal refused) {
                TextField field = refused.reason().key().contains("name") ? name : colleague;
                field.setErrorMessage(Translated.reason(refused));
                field.setInvalid(true);
                field.focus();
            }
        });
        add.setId("colleague-add");
        add(new H2(getTranslation("account.team.title")), new Paragraph(getTranslation("account.team.intro")),
                colleague, name, role, add, result);
    }

    private void showLink(Div result, TeamInvitation.Invited invited, OutgoingMail mail) {
        result.add(new Paragraph(getTranslation("account.team.invited", invited.displayName())));
        if (mail.isSetUp()) {
            result.add(new Paragraph(getTranslation("account.team.sent", invited.email())));
        }
        String address = ApplicationAddress.of(IdentityPages.setPassword(invited.link().token()));
        TextField link = new TextField(getTranslation("account.team.link"));
        link.setId("colleague-link");
        link.setValue(address);
        link.setReadOnly(true);
        link.setWidthFull();
        link.setHelperText(getTranslation("account.team.link-expires", TimeDisplay.dateTime(invited.link().expiresAt())));
        result.add(link, ClipboardButton.copying(address, getTranslation("account.copy")));
    }
}

package org.colloquy.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.colloquy.base.i18n.Translated;
import org.colloquy.cohort.CohortInvitationService;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.PendingInvitation;
import org.colloquy.content.ui.ContentPages;
import org.springframework.modulith.NamedInterface;

/**
 * A student's open invitations into classes, each with what joining shows the class's instructors, and a way to
 * join or decline. Shows nothing when there are none.
 */
@NamedInterface("ui")
public class InvitationsPanel extends Div {

    private final CohortInvitationService invitations;

    public InvitationsPanel(CohortInvitationService invitations) {
        this.invitations = invitations;
        addClassName("invitations");
        setId("invitations");
        List<PendingInvitation> open = invitations.myInvitations();
        setVisible(!open.isEmpty());
        if (!open.isEmpty()) {
            add(new H2(getTranslation("account.invitation.title")));
            open.forEach(invitation -> add(card(invitation)));
        }
    }

    private Div card(PendingInvitation invitation) {
        Div card = new Div();
        card.addClassNames("course-card", "invitation");
        Paragraph status = new Paragraph();
        status.addClassName("invitation-status");
        status.getElement().setAttribute("role", "status");
        Button accept = new Button(getTranslation("account.invitation.accept"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button(getTranslation("account.invitation.decline"));
        Div actions = new Div(accept, decline);
        actions.addClassName("actions");
        accept.addClickListener(click -> {
            try {
                CohortRef joined = invitations.accept(invitation.cohortId());
                actions.setVisible(false);
                status.setText(getTranslation("account.invitation.accepted", joined.name()) + " ");
                Anchor open = new Anchor(ContentPages.courseHome(joined.courseKey()),
                        getTranslation("account.join.open-course"));
                open.addClassName("primary-link");
                status.add(open);
            } catch (IllegalArgumentException gone) {
                actions.setVisible(false);
                status.setText(Translated.reason(gone));
            }
        });
        decline.addClickListener(click -> {
            invitations.decline(invitation.cohortId());
            actions.setVisible(false);
            status.setText(getTranslation("account.invitation.declined", invitation.className()));
        });
        Paragraph what = new Paragraph(getTranslation("account.invitation.text", invitation.invitedBy(),
                invitation.className(), invitation.courseTitle()));
        Paragraph consent = new Paragraph(getTranslation("account.invitation.consent"));
        consent.addClassName("invitation-consent");
        card.add(what, consent, actions, status);
        return card;
    }
}

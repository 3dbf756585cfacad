package org.colloquy.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.base.i18n.Translated;
import org.colloquy.base.ui.LanguageSwitch;
import org.colloquy.base.ui.TypingLimit;
import org.colloquy.identity.AccountAdministration;
import org.colloquy.identity.OutgoingMail;
import org.colloquy.identity.PasswordResets;

/**
 * Someone who forgot her password asks for a link by email (decision 0043). She is told the same whether an account
 * has the address or not. Without mail on this server, the page says whom to ask instead.
 */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
public class PasswordResetView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordResets resets;
    private final Div content = new Div();

    PasswordResetView(PasswordResets resets, OutgoingMail mail, LanguageSwitch languages) {
        this.resets = resets;
        addClassNames("login-view", "set-password-view", "password-reset-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        H1 title = new H1(getTranslation("base.brand"));
        title.addClassName("login-title");
        content.addClassName("set-password-card");
        content.add(new H2(getTranslation("account.reset.title")));
        if (mail.isSetUp()) {
            showForm();
        } else {
            Paragraph ask = new Paragraph(getTranslation("account.reset.no-mail"));
            ask.setId("reset-no-mail");
            content.add(ask, signIn());
        }
        add(languages.picker(), title, content);
    }

    private void showForm() {
        Paragraph intro = new Paragraph(getTranslation("account.reset.intro"));
        EmailField address = new EmailField(getTranslation("account.reset.email"));
        address.setId("reset-email");
        address.setAutocomplete(Autocomplete.EMAIL);
        address.setWidthFull();
        TypingLimit.on(address, AccountAdministration.MAX_EMAIL_LENGTH);
        Paragraph answer = new Paragraph();
        answer.setId("reset-answer");
        answer.getElement().setAttribute("role", "status");
        Button send = new Button(getTranslation("account.reset.send"));
        send.setId("reset-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(click -> {
            try {
                resets.request(address.getValue());
                address.setInvalid(false);
                answer.setText(getTranslation("account.reset.sent", address.getValue().strip()));
            } catch (Refusal refused) {
                address.setErrorMessage(Translated.reason(refused));
                address.setInvalid(true);
                answer.setText("");
                address.focus();
            }
        });
        content.add(intro, address, send, answer, signIn());
    }

    private Anchor signIn() {
        Anchor signIn = new Anchor(IdentityPages.signIn(), getTranslation("account.reset.back"));
        signIn.addClassName("primary-link");
        return signIn;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.page-title", getTranslation("account.reset.title"));
    }
}

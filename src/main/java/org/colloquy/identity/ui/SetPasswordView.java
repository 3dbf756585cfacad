package org.colloquy.identity.ui;

import org.colloquy.base.i18n.Translated;
import org.colloquy.base.ui.LanguageSwitch;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.colloquy.identity.PasswordSetupService;
import org.colloquy.identity.SetPasswordOutcome;
import org.colloquy.identity.SetupLink;

/** Where a student lands from the one-time link their instructor handed out, to choose a password. */
@Route(value = "set-password/:token", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordSetupService setups;
    private final AuthenticationContext authentication;
    private final Div content = new Div();

    SetPasswordView(PasswordSetupService setups, AuthenticationContext authentication, LanguageSwitch languages) {
        this.setups = setups;
        this.authentication = authentication;
        addClassNames("login-view", "set-password-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        H1 title = new H1(getTranslation("base.brand"));
        title.addClassName("login-title");
        content.addClassName("set-password-card");
        add(languages.picker(), title, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        content.removeAll();
        if (authentication.isAuthenticated()) {
            showSignedIn(authentication.getPrincipalName().orElse(""));
            return;
        }
        switch (setups.describe(token)) {
            case SetupLink.Usable usable -> showForm(token, usable);
            case SetupLink.Unusable unusable -> showEnd(message(unusable.reason()), false);
        }
    }

    private void showForm(String token, SetupLink.Usable account) {
        Paragraph greeting = new Paragraph(getTranslation("account.set-password.greeting", account.displayName(),
                account.username()));
        greeting.addClassName("set-password-greeting");

        PasswordField password = new PasswordField(getTranslation("account.set-password.new"));
        password.setHelperText(getTranslation("account.password.help"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setWidthFull();
        PasswordField repeated = new PasswordField(getTranslation("account.set-password.repeat"));
        repeated.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeated.setWidthFull();

        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        Button submit = new Button(getTranslation("account.set-password.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(click -> {
            SetPasswordOutcome outcome = setups.setPassword(token, password.getValue(), repeated.getValue());
            switch (outcome) {
                case SetPasswordOutcome.PasswordSet set -> showEnd(message(set), true);
                case SetPasswordOutcome.PasswordRejected rejected -> {
                    error.setText(Translated.text(rejected.reason()));
                    error.setVisible(true);
                    password.focus();
                }
                default -> showEnd(message(outcome), false);
            }
        });

        content.add(greeting, password, repeated, error, submit);
    }

    private void showEnd(String message, boolean success) {
        content.removeAll();
        Paragraph text = new Paragraph(message);
        text.addClassName(success ? "set-password-done" : "form-error");
        text.getElement().setAttribute("role", success ? "status" : "alert");
        Anchor signIn = new Anchor(IdentityPages.signIn(), getTranslation("account.login.title"));
        signIn.addClassName("primary-link");
        content.add(text, signIn);
    }

    private void showSignedIn(String username) {
        Paragraph text = new Paragraph(getTranslation("account.set-password.signed-in", username));
        text.addClassName("form-error");
        Button signOut = new Button(getTranslation("base.sign-out"), click -> authentication.logout());
        content.add(text, signOut);
    }

    /** The outcome in the viewer's language; a rejected password keeps the service's words. */
    private String message(SetPasswordOutcome outcome) {
        return switch (outcome) {
            case SetPasswordOutcome.PasswordSet set -> getTranslation("account.set-password.done", set.username());
            case SetPasswordOutcome.UnknownLink unknown -> getTranslation("account.set-password.unknown-link");
            case SetPasswordOutcome.UsedLink used -> getTranslation("account.set-password.used-link");
            case SetPasswordOutcome.ExpiredLink expired -> getTranslation("account.set-password.expired-link",
                    expired.validForDays());
            case SetPasswordOutcome.PasswordRejected rejected -> Translated.text(rejected.reason());
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.page-title", getTranslation("account.set-password.title"));
    }
}

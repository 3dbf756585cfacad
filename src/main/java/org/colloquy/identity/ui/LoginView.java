package org.colloquy.identity.ui;

import org.colloquy.base.ui.LanguageSwitch;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.List;
import org.colloquy.identity.signin.LoginThrottle;
import org.colloquy.base.ui.TimeDisplay;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Clock clock;
    private final Paragraph unsavedNotice = new Paragraph();

    LoginView(@Value("${colloquy.demo.hint:true}") boolean showDemoHint, Clock clock, LanguageSwitch languages) {
        this.clock = clock;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction(IdentityPages.signIn());
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(forgot -> getUI().ifPresent(ui -> ui.navigate(PasswordResetView.class)));
        login.setI18n(texts());
        // the page's h1 is the product name; the form's own "Sign in" title is the heading below it
        login.getElement().setProperty("headingLevel", 2);

        H1 title = new H1(getTranslation("base.brand"));
        title.addClassName("login-title");
        Paragraph tagline = new Paragraph(getTranslation("account.login.tagline"));
        unsavedNotice.setText(getTranslation("account.login.unsaved"));
        tagline.addClassName("login-tagline");
        unsavedNotice.addClassName("unsaved-notice");
        unsavedNotice.getElement().setAttribute("role", "status");
        unsavedNotice.setVisible(false);
        add(languages.picker(), title, tagline, unsavedNotice, login);
        if (showDemoHint) {
            Div hint = new Div();
            hint.addClassName("demo-hint");
            hint.setText(getTranslation("account.login.demo-hint"));
            add(hint);
        }
    }

    private LoginI18n texts() {
        return texts(getTranslation("account.login.wrong.title"), getTranslation("account.login.wrong.message"));
    }

    private LoginI18n texts(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("account.login.title"));
        i18n.getForm().setUsername(getTranslation("account.login.username"));
        i18n.getForm().setPassword(getTranslation("account.login.password"));
        i18n.getForm().setSubmit(getTranslation("account.login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("account.login.forgot"));
        i18n.getErrorMessage().setUsername(getTranslation("account.login.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("account.login.password-required"));
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("try { return Object.keys(window.localStorage)"
                        + ".some(key => key.startsWith('colloquy-draft:')); } catch (e) { return false; }") // not interface text
                .then(Boolean.class, unsavedNotice::setVisible);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        @Nullable Instant pausedUntil = query.containsKey("paused") ? pausedUntil() : null;
        if (pausedUntil != null && pausedUntil.isAfter(clock.instant())) {
            login.setI18n(texts(getTranslation("account.login.paused.title"),
                    getTranslation("account.login.paused.message", TimeDisplay.time(pausedUntil),
                            minutesToWait(pausedUntil))));
            login.setError(true);
        } else if (query.containsKey("deactivated")) {
            login.setI18n(texts(getTranslation("account.login.deactivated.title"),
                    getTranslation("account.login.deactivated.message")));
            login.setError(true);
        } else if (query.containsKey("expired")) {
            login.setI18n(texts(getTranslation("account.login.expired.title"),
                    getTranslation("account.login.expired.message")));
            login.setError(true);
        } else {
            login.setI18n(texts());
            login.setError(query.containsKey("error") || query.containsKey("paused"));
        }
    }

    private static @Nullable Instant pausedUntil() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        @Nullable WrappedSession session = vaadin == null ? null : vaadin.getSession();
        return session != null && session.getAttribute(LoginThrottle.PAUSED_UNTIL) instanceof Instant until
                ? until : null;
    }

    private long minutesToWait(Instant until) {
        return Math.max(1, Duration.between(clock.instant(), until).plusSeconds(59).toMinutes());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.page-title", getTranslation("account.login.title"));
    }
}

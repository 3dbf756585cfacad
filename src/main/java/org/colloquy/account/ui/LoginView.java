package org.colloquy.account.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.List;
import org.colloquy.account.LoginThrottle;
import org.colloquy.base.ui.TimeDisplay;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Colloquy")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final Clock clock;
    private final Paragraph unsavedNotice = new Paragraph(
            "This device still holds text you typed before your session ended. Sign in and open the same lesson: "
                    + "it will be restored and saved.");

    LoginView(@Value("${colloquy.demo.hint:true}") boolean showDemoHint, Clock clock) {
        this.clock = clock;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(texts());
        // the page's h1 is the product name; the form's own "Sign in" title is the heading below it
        login.getElement().setProperty("headingLevel", 2);

        H1 title = new H1("Colloquy");
        title.addClassName("login-title");
        Paragraph tagline = new Paragraph("Read the essay, answer its open questions, and bring your argument to the seminar.");
        tagline.addClassName("login-tagline");
        unsavedNotice.addClassName("unsaved-notice");
        unsavedNotice.getElement().setAttribute("role", "status");
        unsavedNotice.setVisible(false);
        add(title, tagline, unsavedNotice, login);
        if (showDemoHint) {
            Div hint = new Div();
            hint.addClassName("demo-hint");
            hint.setText("Trying Colloquy? Sign in as student ana, ben or chen, instructor iris, or admin — "
                    + "the password for every demo account is “colloquy”.");
            add(hint);
        }
    }

    private static LoginI18n texts() {
        return texts("Wrong username or password",
                "Check both and try again. Your work is kept safe while you are signed out.");
    }

    private static LoginI18n texts(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("try { return Object.keys(window.localStorage)"
                        + ".some(key => key.startsWith('colloquy-draft:')); } catch (e) { return false; }")
                .then(Boolean.class, unsavedNotice::setVisible);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        @Nullable Instant pausedUntil = query.containsKey("paused") ? pausedUntil() : null;
        if (pausedUntil != null && pausedUntil.isAfter(clock.instant())) {
            login.setI18n(texts("Signing in is paused",
                    "Too many sign-ins failed, so this account or this network has to wait. Try again at "
                            + TimeDisplay.time(pausedUntil) + " (" + waitFor(pausedUntil) + "). If you have "
                            + "forgotten your password, ask your instructor for a link to set a new one."));
            login.setError(true);
        } else if (query.containsKey("expired")) {
            login.setI18n(texts("Please sign in again",
                    "This page was open too long to be trusted with your password. It has been refreshed: sign in now."));
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

    private String waitFor(Instant until) {
        long minutes = Math.max(1, Duration.between(clock.instant(), until).plusSeconds(59).toMinutes());
        return minutes == 1 ? "in about a minute" : "in " + minutes + " minutes";
    }
}

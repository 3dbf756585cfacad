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
import org.springframework.beans.factory.annotation.Value;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Colloquy")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final Paragraph unsavedNotice = new Paragraph(
            "This device still holds text you typed before your session ended. Sign in and open the same lesson: "
                    + "it will be restored and saved.");

    LoginView(@Value("${colloquy.demo.hint:true}") boolean showDemoHint) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(texts());

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
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle("Wrong username or password");
        i18n.getErrorMessage().setMessage("Check both and try again. Your work is kept safe while you are signed out.");
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
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}

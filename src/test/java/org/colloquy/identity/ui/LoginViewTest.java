package org.colloquy.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.colloquy.IntegrationTest;
import org.colloquy.identity.signin.LoginThrottle;
import org.colloquy.base.ui.LanguagePicker;
import org.colloquy.base.ui.LanguagePickerClicks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

@IntegrationTest
@ViewPackages(classes = {LoginView.class, PasswordResetView.class})
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    @Autowired
    Clock clock;

    @AfterEach
    void forgetPause() {
        VaadinSession.getCurrent().getSession().removeAttribute(LoginThrottle.PAUSED_UNTIL);
    }

    @Test
    void aWrongPasswordSaysToCheckBothAndTryAgain() {
        open("error");

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(errorText(form)).contains("Wrong username or password", "Check both and try again");
    }

    @Test
    void a_deactivated_account_is_told_so_at_sign_in() {
        open("deactivated");

        assertThat(errorText(find(LoginForm.class).single())).contains("This account is deactivated",
                "Everything you wrote is kept");
    }

    @Test
    void someone_who_forgot_her_password_on_a_server_without_mail_is_told_to_ask_an_admin_or_instructor() {
        open("x");

        find(LoginForm.class).single().getElement().getNode().getFeature(
                com.vaadin.flow.internal.nodefeature.ElementListenerMap.class).fireEvent(
                new com.vaadin.flow.dom.DomEvent(find(LoginForm.class).single().getElement(), "forgot-password",
                        tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()));

        assertThat(find(Paragraph.class).id("reset-no-mail").getText()).contains("ask an admin or your instructor");
    }

    @Test
    void aPausedSignInSaysWhatHappenedAndWhenToTryAgain() {
        Instant until = clock.instant().plus(Duration.ofMinutes(4));
        VaadinSession.getCurrent().getSession().setAttribute(LoginThrottle.PAUSED_UNTIL, until);

        open("paused");

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(errorText(form)).contains("Signing in is paused", "Too many sign-ins failed", "Try again at",
                "in 4 minutes", "where you signed in before", "ask your instructor");
    }

    @Test
    void aPauseThatHasEndedIsNotShown() {
        VaadinSession.getCurrent().getSession().setAttribute(LoginThrottle.PAUSED_UNTIL,
                clock.instant().minus(Duration.ofSeconds(1)));

        open("paused");

        assertThat(errorText(find(LoginForm.class).single())).doesNotContain("paused");
    }

    @Test
    void aSignInFromAStalePageAsksToSignInAgain() {
        open("expired");

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(errorText(form)).contains("Please sign in again");
    }

    @Test
    void aFreshSignInPageShowsNoError() {
        navigate("login", LoginView.class);

        assertThat(find(LoginForm.class).single().isError()).isFalse();
    }

    @Test
    void aVisitorWhoPicksChineseOnTheLoginPageSignsInInChinese() {
        open("error");

        LanguagePickerClicks.pick(find(LanguagePicker.class).single(), "zh");
        open("error");

        assertThat(errorText(find(LoginForm.class).single())).contains("登录", "用户名或密码错误");
        assertThat(find(Paragraph.class).withClassName("login-tagline").single().getText()).contains("研讨课");
        UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private void open(String queryParameter) {
        UI.getCurrent().navigate("login", QueryParameters.of(queryParameter, ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    private static String errorText(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}

package org.colloquy.cohort.ui;

import com.vaadin.flow.component.UI;
import org.colloquy.identity.AccountService;
import org.colloquy.base.ui.TypingLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.cohort.JoinCodes;
import org.colloquy.cohort.JoinResult;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.base.i18n.Translated;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.colloquy.identity.ui.SessionSignIn;
import com.vaadin.flow.component.html.Span;
import org.colloquy.content.ui.ContentPages;

/**
 * Joining a class with its code: a signed-in student joins in one click; a newcomer creates a student account
 * and is signed in and enrolled at once. A wrong code says so and keeps what was typed.
 */
@Route("join/:code?")
@AnonymousAllowed
class JoinView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortService cohorts;
    private final UserDetailsService userDetails;
    private final AuthenticationContext authentication;
    private final TextField code = new TextField();
    private final Paragraph message = new Paragraph();

    JoinView(CohortService cohorts, UserDetailsService userDetails, AuthenticationContext authentication) {
        this.cohorts = cohorts;
        this.userDetails = userDetails;
        this.authentication = authentication;
        setId("main-content");
        addClassNames("page", "join-view");
        code.setId("join-code");
        code.setLabel(getTranslation("account.join.code"));
        code.setHelperText(getTranslation("account.join.code-help"));
        message.addClassName("join-message");
        message.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(code::setValue);
        removeAll();
        add(new H1(getTranslation("account.join.title")));
        if (authentication.isAuthenticated()) {
            add(joinAsSignedIn());
        } else {
            add(signUpAndJoin());
        }
    }

    private Div joinAsSignedIn() {
        Button join = new Button(getTranslation("account.join.join"), click -> {
            if (!authentication.hasRole("STUDENT")) {
                show(getTranslation("account.join.students-only"), true);
                return;
            }
            JoinResult result;
            try {
                result = cohorts.join(code.getValue());
            } catch (Refusal waitFirst) {
                show(Translated.reason(waitFirst), true);
                return;
            }
            switch (result) {
                case JoinResult.Joined joined -> landInCourse(joined.cohort(),
                        getTranslation("account.join.joined", joined.cohort().name()));
                case JoinResult.AlreadyMember member -> landInCourse(member.cohort(),
                        getTranslation("account.join.already-member", member.cohort().name()));
                case JoinResult.UnknownCode unknown -> show(JoinTexts.unknownCode(this, unknown), true);
            }
        });
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.setId("join-button");
        Div form = new Div(code, join, message);
        form.addClassNames("course-card", "join-form");
        return form;
    }

    private Div signUpAndJoin() {
        TextField name = new TextField(getTranslation("account.join.name"));
        TypingLimit.on(name, AccountService.MAX_DISPLAY_NAME_LENGTH);
        TextField username = new TextField(getTranslation("account.join.username"));
        username.setHelperText(getTranslation("account.join.username-help"));
        PasswordField password = new PasswordField(getTranslation("account.join.password"));
        password.setHelperText(getTranslation("account.password.help"));
        Button create = new Button(getTranslation("account.join.create"), click -> {
            try {
                JoinResult result = cohorts.signUpAndJoin(code.getValue(), username.getValue(), name.getValue(),
                        password.getValue());
                if (result instanceof JoinResult.UnknownCode unknown) {
                    show(JoinTexts.unknownCode(this, unknown), true);
                    return;
                }
                CohortRef cohort = result instanceof JoinResult.Joined joined ? joined.cohort()
                        : ((JoinResult.AlreadyMember) result).cohort();
                SessionSignIn.signIn(userDetails.loadUserByUsername(username.getValue()));
                UI.getCurrent().getPage().setLocation(ContentPages.courseHome(cohort.courseKey()));
            } catch (IllegalArgumentException invalid) {
                show(getTranslation("account.join.not-created", Translated.reason(invalid)), true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("sign-up-button");
        Anchor signIn = new Anchor(CohortPages.joinAfterSignIn(code.getValue()),
                getTranslation("account.join.sign-in-and-join"));
        signIn.setId("sign-in-and-join");
        code.addValueChangeListener(changed -> signIn.setHref(CohortPages.joinAfterSignIn(changed.getValue())));
        Div form = new Div(new H2(getTranslation("account.join.new-here")), code, name, username, password, create,
                message, signIn);
        form.addClassNames("course-card", "join-form");
        return form;
    }

    private void landInCourse(CohortRef cohort, String text) {
        show(text, false);
        Anchor open = new Anchor(ContentPages.courseHome(cohort.courseKey()), getTranslation("account.join.open-course"));
        open.addClassName("primary-link");
        open.setId("open-joined-course");
        message.add(new Span(" "), open);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.page-title", getTranslation("account.join.title"));
    }

    private void show(String text, boolean error) {
        message.removeAll();
        message.setText(text);
        message.getClassNames().set("error", error);
    }
}

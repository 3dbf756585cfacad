package org.colloquy.account.ui;

import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.colloquy.account.CohortRef;
import org.colloquy.account.CohortService;
import org.colloquy.account.JoinCodes;
import org.colloquy.account.JoinResult;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Joining a class with its code: a signed-in student joins in one click; a newcomer creates a student account
 * and is signed in and enrolled at once. A wrong code says so and keeps what was typed.
 */
@Route("join/:code?")
@PageTitle("Join a class · Colloquy")
@AnonymousAllowed
public class JoinView extends Main implements BeforeEnterObserver {

    private final CohortService cohorts;
    private final UserDetailsService userDetails;
    private final AuthenticationContext authentication;
    private final TextField code = new TextField("Join code");
    private final Paragraph message = new Paragraph();

    JoinView(CohortService cohorts, UserDetailsService userDetails, AuthenticationContext authentication) {
        this.cohorts = cohorts;
        this.userDetails = userDetails;
        this.authentication = authentication;
        setId("main-content");
        addClassNames("page", "join-view");
        code.setId("join-code");
        code.setMaxLength(20);
        code.setHelperText("6 letters and digits, from your instructor");
        message.addClassName("join-message");
        message.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(code::setValue);
        removeAll();
        add(new H1("Join a class"));
        if (authentication.isAuthenticated()) {
            add(joinAsSignedIn());
        } else {
            add(signUpAndJoin());
        }
    }

    private Div joinAsSignedIn() {
        Button join = new Button("Join class", click -> {
            if (!authentication.hasRole("STUDENT")) {
                show("Only student accounts join classes. Instructors are added to a class by a colleague who teaches it.", true);
                return;
            }
            JoinResult result = cohorts.join(code.getValue());
            switch (result) {
                case JoinResult.Joined joined -> landInCourse(joined.cohort(), "You joined " + joined.cohort().name() + ".");
                case JoinResult.AlreadyMember member -> landInCourse(member.cohort(),
                        "You are already in " + member.cohort().name() + ".");
                case JoinResult.UnknownCode unknown -> show(unknown.message(), true);
            }
        });
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.setId("join-button");
        Div form = new Div(code, join, message);
        form.addClassNames("course-card", "join-form");
        return form;
    }

    private Div signUpAndJoin() {
        TextField name = new TextField("Your name, as your class will see it");
        name.setMaxLength(200);
        TextField username = new TextField("Choose a username");
        username.setHelperText("Letters, digits, dots, dashes; at least 2 characters");
        PasswordField password = new PasswordField("Choose a password");
        password.setHelperText("At least 8 characters");
        Button create = new Button("Create my account and join", click -> {
            try {
                JoinResult result = cohorts.signUpAndJoin(code.getValue(), username.getValue(), name.getValue(),
                        password.getValue());
                if (result instanceof JoinResult.UnknownCode unknown) {
                    show(unknown.message(), true);
                    return;
                }
                CohortRef cohort = result instanceof JoinResult.Joined joined ? joined.cohort()
                        : ((JoinResult.AlreadyMember) result).cohort();
                SessionSignIn.signIn(userDetails.loadUserByUsername(username.getValue().strip()));
                UI.getCurrent().getPage().setLocation("course/" + cohort.courseKey());
            } catch (IllegalArgumentException invalid) {
                show(invalid.getMessage() + " Nothing was created; your entries are still here.", true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("sign-up-button");
        Anchor signIn = new Anchor("join/" + JoinCodes.forAddress(code.getValue()) + "/continue",
                "I already have an account: sign in and join");
        signIn.setId("sign-in-and-join");
        code.addValueChangeListener(changed -> signIn.setHref("join/" + JoinCodes.forAddress(changed.getValue())
                + "/continue"));
        Div form = new Div(new H2("New to Colloquy?"), code, name, username, password, create, message, signIn);
        form.addClassNames("course-card", "join-form");
        return form;
    }

    private void landInCourse(CohortRef cohort, String text) {
        show(text, false);
        Anchor open = new Anchor("course/" + cohort.courseKey(), "Open the course");
        open.addClassName("primary-link");
        open.setId("open-joined-course");
        message.add(new com.vaadin.flow.component.html.Span(" "), open);
    }

    private void show(String text, boolean error) {
        message.removeAll();
        message.setText(text);
        message.getClassNames().set("error", error);
    }
}

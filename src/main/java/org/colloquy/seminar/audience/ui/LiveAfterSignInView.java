package org.colloquy.seminar.audience.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.colloquy.identity.ui.IdentityPages;
import org.colloquy.seminar.session.ui.SeminarPages;

/**
 * Where "sign in" on a live seminar's phone page leads: it needs a signed-in person, so a visitor is sent to the
 * login first and brought back here, then straight on to the session she came from.
 */
@Route("live/:code/continue")
@PermitAll
public class LiveAfterSignInView extends Main implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(SeminarPages.phone(event.getRouteParameters().get("code").orElse("")));
    }

    /** The address of the sign-in link on the phone page of the session with that code. */
    static String signInFor(String joinCode) {
        return joinCode.isBlank() ? IdentityPages.signIn() : SeminarPages.phoneAfterSignIn(joinCode);
    }
}

package org.colloquy.identity.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.modulith.NamedInterface;

/** Signs in someone who just proved who they are (a fresh sign-up), with a new session id as a normal login has. */
@NamedInterface("ui")
public final class SessionSignIn {

    private SessionSignIn() {
    }

    public static void signIn(UserDetails user) {
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context,
                ((VaadinServletRequest) VaadinRequest.getCurrent()).getHttpServletRequest(),
                ((VaadinServletResponse) VaadinResponse.getCurrent()).getHttpServletResponse());
        SignedInBrowser.remember();
    }
}

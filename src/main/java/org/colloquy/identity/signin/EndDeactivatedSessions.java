package org.colloquy.identity.signin;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.colloquy.identity.AccountStates;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a deactivated account at its next request, on whichever node it comes to (decision 0043):
 * the session is invalidated and the request goes on as anybody's. A page is sent to the sign-in page, which says the
 * account is deactivated; Vaadin's own requests find their session gone, and the browser reloads into sign-in.
 */
final class EndDeactivatedSessions extends OncePerRequestFilter {

    private final AccountStates states;
    private final SecurityContextHolderStrategy contexts;
    private final RequestUtil vaadinRequests;
    private final String loginPath;

    EndDeactivatedSessions(AccountStates states, SecurityContextHolderStrategy contexts, RequestUtil vaadinRequests,
                           String loginPath) {
        this.states = states;
        this.contexts = contexts;
        this.vaadinRequests = vaadinRequests;
        this.loginPath = loginPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = contexts.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)
                && !states.mayStaySignedIn(signedIn.getName())) {
            contexts.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (!vaadinRequests.isFrameworkInternalRequest(request) && "GET".equals(request.getMethod())) {
                response.sendRedirect(request.getContextPath() + loginPath + "?deactivated");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}

package org.colloquy.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A request refused for a missing or wrong CSRF token. A sign-in from a page that outlived its session (a server
 * restart, say) is sent back to a fresh sign-in page that says so; anything else is simply forbidden.
 */
final class StaleLoginPageHandler implements AccessDeniedHandler {

    private final String loginPath;
    private final RequestMatcher loginPost;

    StaleLoginPageHandler(String loginPath) {
        this.loginPath = loginPath;
        this.loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPath);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (loginPost.matches(request)) {
            new DefaultRedirectStrategy().sendRedirect(request, response, loginPath + "?expired");
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
